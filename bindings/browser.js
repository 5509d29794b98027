// Browser (and bundler) entry: fetches and instantiates the light WebAssembly module next to
// this file before any export is used (top-level await). The light module answers every
// operation for US and Canadian numbers; the full module (every country) is fetched only
// when enableInternationalNumbers() is first called. Bundlers see both `new URL(...)`
// assets and the dynamic import, and split the full module into its own chunk.
import init from './pkg/telrules_light.js';
import * as light from './pkg/telrules_light.js';
import { install } from './modules.js';

await init({ module_or_path: new URL('./pkg/telrules_light_bg.wasm', import.meta.url) });
install(light, {
  full: false,
  load: async () => {
    const full = await import('./pkg/telrules_wasm.js');
    await full.default({ module_or_path: new URL('./pkg/telrules_wasm_bg.wasm', import.meta.url) });
    return full;
  },
});

export * from './api.js';
