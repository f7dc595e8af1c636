// Vite builds the client into client/dist, which the Nest server serves on its own port.
// Vite 8 transforms JSX itself (oxc); no React plugin is needed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // the main bundle (React, Apollo with graphql-js, the router and every screen but the action-plan charts)
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-router marks itself "use client" for server components; meaningless in a browser bundle
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    // the API runs separately (npm start or npm run start:dev); same-origin cookies through the proxy
    proxy: Object.fromEntries(['/graphql', '/imports', '/exports', '/health'].map((path) => [path, { target: 'http://localhost:3000', changeOrigin: false }])),
  },
});
