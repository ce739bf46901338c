// The cross-engine suite in Firefox ESR (see cross-engine.mjs): one browser per file.
import { crossEngineSuite } from './cross-engine.mjs';

crossEngineSuite('firefox');
