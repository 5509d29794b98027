// Node entry: loads the full WebAssembly module (every country's numbers) from the package
// directory synchronously. A server does not pay for download size, so it skips the light
// module; enableInternationalNumbers() resolves at once. `telrules/light` is the light one.
import { readFileSync } from 'node:fs';
import * as full from './pkg/telrules_wasm.js';
import { install } from './modules.js';

full.initSync({ module: readFileSync(new URL('./pkg/telrules_wasm_bg.wasm', import.meta.url)) });
install(full, { full: true });

export * from './api.js';
