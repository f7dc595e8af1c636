export default async function globalTeardown() {
  const child = globalThis.__E2E_SERVER__;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  globalThis.__E2E_LOG__?.end();
  await globalThis.__EMBEDDED_PG__?.stop();
}
