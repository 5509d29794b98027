// The console is a plain Vite app and the telrules package needs no plugin or setting: Vite
// emits the package's .wasm as an asset (from its `new URL(..., import.meta.url)`) and
// keeps its top-level await. One setting is here only because the package is installed
// as a link (`file:../../bindings`) to a folder outside this one, which the dev server
// refuses to serve unless allowed; an app installing telrules from the registry does
// not need it.
import { defineConfig, searchForWorkspaceRoot } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built app works from any path it is served under.
  base: './',
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../../bindings'] } },
});
