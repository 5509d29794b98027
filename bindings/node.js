// Node entry: loads the WebAssembly module from the package directory synchronously.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/telrules_wasm.js';

initSync({ module: readFileSync(new URL('./pkg/telrules_wasm_bg.wasm', import.meta.url)) });

export * from './api.js';
