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
  },
  server: {
    port: 5173,
    // the API runs separately (npm start or npm run start:dev); same-origin cookies through the proxy
    proxy: { '/graphql': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
