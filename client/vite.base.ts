// What both client builds share (the app, vite.config.ts; GraphiQL, vite.graphiql.config.ts): the root, JSX through
// Vite 8's own transform (oxc, no React plugin), the target, and the one build warning that means nothing here.
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

export const root = fileURLToPath(new URL('.', import.meta.url));

/** React Router, Radix and framer-motion mark themselves "use client" for server components: meaningless in a browser bundle. */
type BuildOptions = NonNullable<UserConfig['build']>;
export const onLog: NonNullable<NonNullable<BuildOptions['rolldownOptions']>['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
  handler(level, log);
};

export const base: UserConfig = {
  root,
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', target: 'es2022' },
};
