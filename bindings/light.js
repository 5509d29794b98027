// Node entry `telrules/light`: the light module first (smaller to compile, so a faster cold
// start), the full module read and compiled by enableInternationalNumbers(). Answers as the
// browser entry does; tests and serverless functions that only see NANP numbers use it.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as light from './pkg/telrules_light.js';
import { install } from './modules.js';

light.initSync({ module: readFileSync(new URL('./pkg/telrules_light_bg.wasm', import.meta.url)) });
install(light, {
  full: false,
  load: async () => {
    const [full, bytes] = await Promise.all([
      import('./pkg/telrules_wasm.js'),
      readFile(new URL('./pkg/telrules_wasm_bg.wasm', import.meta.url)),
    ]);
    await full.default({ module_or_path: bytes });
    return full;
  },
});

export * from './api.js';
