/**
 * Compiles the Node entry points (server, seed, migration check) into dist/ with esbuild,
 * so production runs plain JavaScript without a TypeScript loader. Dependencies stay in
 * node_modules.
 *
 * Run them with `node --conditions=production`: every @lexical package's "node" entry is a
 * top-level `await import()` of its dev or prod build, and on Node 20 loading that graph
 * deadlocks now and then (the process exits 0 or 13 without a word; 4 in 10 imports here).
 * The "production" condition resolves straight to the prod builds, which have no top-level await.
 */
import { build } from 'esbuild'

await build({
  entryPoints: {
    server: 'src/server.ts',
    seed: 'scripts/seed.ts',
    'check-migrations': 'scripts/check-migrations.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __lenteraCreateRequire } from 'module'; const require = __lenteraCreateRequire(import.meta.url);" },
})
