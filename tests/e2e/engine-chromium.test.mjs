// The cross-engine suite in Chromium (see cross-engine.mjs): one browser per file.
import { crossEngineSuite } from './cross-engine.mjs';

crossEngineSuite('chromium');
