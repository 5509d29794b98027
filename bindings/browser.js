// Browser (and bundler) entry: fetches and instantiates the WebAssembly module next to this
// file before any export is used (top-level await).
import init from './pkg/telrules_wasm.js';

await init({ module_or_path: new URL('./pkg/telrules_wasm_bg.wasm', import.meta.url) });

export * from './api.js';
