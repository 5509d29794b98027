// The console is a plain Vite app. Two settings matter for the telrules package:
// - the package's browser entry uses top-level await to start its WebAssembly module, so
//   the build targets browsers that have it (every current one) instead of transpiling;
// - the dev server's dependency pre-bundling would move the entry away from the .wasm file
//   its `new URL(..., import.meta.url)` points at, so the package is served as is.
import { defineConfig, searchForWorkspaceRoot } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built app works from any path it is served under.
  base: './',
  build: {
    target: 'es2022',
    // The WebAssembly module is fetched as its own file, never inlined as base64.
    assetsInlineLimit: (file) => (file.endsWith('.wasm') ? false : undefined),
  },
  optimizeDeps: { exclude: ['telrules'] },
  // `file:` installs the package as a link to bindings/, outside this folder.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../../bindings'] } },
});
