// Vite builds the client into client/dist, which the Nest server serves on its own port.
import { defineConfig, mergeConfig } from 'vite';
import { base, onLog } from './vite.base.js';

export default defineConfig(mergeConfig(base, {
  build: {
    emptyOutDir: true,
    sourcemap: true,
    // the main bundle (React, Apollo with graphql-js, the router and every screen but the action-plan charts)
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { onLog },
  },
  server: {
    port: 5173,
    // the API runs separately (npm start or npm run start:dev); same-origin cookies through the proxy
    proxy: Object.fromEntries(['/graphql', '/imports', '/exports', '/health'].map((path) => [path, { target: 'http://localhost:3000', changeOrigin: false }])),
  },
}));
