// The cross-engine suite in WebKitGTK (see cross-engine.mjs): one browser per file.
import { crossEngineSuite } from './cross-engine.mjs';

crossEngineSuite('webkit');
