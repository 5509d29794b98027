// Which WebAssembly module answers the API's calls (issue 17). The entry installs one at
// import time: node.js the full module, browser.js and light.js the light module (every
// operation; phone numbers of the US/Canada table only) with a loader for the full one.
// enableInternationalNumbers() runs that loader once and switches every later call to the
// full module; calls made before then answer `international_parser_not_loaded` for a
// number only the full module can read, never a different answer.

/** The module the API's functions call: a wasm-bindgen `--target web` module, initialised. */
export let active = null;

let international = false;
let loadFull = null;
let loading = null;

/** Called once by the entry. `load` (light entries) resolves to the initialised full module. */
export function install(module, { full, load = null }) {
  active = module;
  international = full;
  loadFull = load;
}

export function internationalNumbersEnabled() {
  return international;
}

export function enableInternationalNumbers() {
  if (international) return Promise.resolve();
  // One fetch however many callers wait; a failed load may be retried by calling again.
  loading ??= loadFull().then(
    (module) => {
      active = module;
      international = true;
    },
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
