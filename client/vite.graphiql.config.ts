// GraphiQL for development (client/graphiql.html), built from npm packages by its own Vite build into
// client/dist/graphiql.html and client/dist/graphiql-assets/ after the app's build: the app's bundle stays
// exactly what it was, and nothing of GraphiQL or Monaco is fetched from another origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    // the app's build ran first and emptied dist; keep what it wrote
    emptyOutDir: false,
    assetsDir: 'graphiql-assets',
    sourcemap: false,
    target: 'es2022',
    // Monaco (the editor of GraphiQL 5) is one large chunk; this page is for developers only
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: `${root}graphiql.html`,
      onLog(level, log, handler) {
        // Radix and framer-motion mark themselves "use client" for server components; meaningless here
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
