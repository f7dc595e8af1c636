// GraphiQL for development (client/graphiql.html), built from npm packages by its own Vite build into
// client/dist/graphiql.html and client/dist/graphiql-assets/ after the app's build: the app's bundle stays
// exactly what it was, and nothing of GraphiQL or Monaco is fetched from another origin.
import { defineConfig, mergeConfig } from 'vite';
import { base, onLog, root } from './vite.base.js';

export default defineConfig(mergeConfig(base, {
  build: {
    // the app's build ran first and emptied dist; keep what it wrote
    emptyOutDir: false,
    assetsDir: 'graphiql-assets',
    sourcemap: false,
    // Monaco (the editor of GraphiQL 5) is one large chunk; this page is for developers only
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { input: `${root}graphiql.html`, onLog },
  },
}));
