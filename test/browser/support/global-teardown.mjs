export default async function globalTeardown() {
  await globalThis.__CHROMIUM__?.close();
  const child = globalThis.__BROWSER_SERVER__;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  globalThis.__BROWSER_LOG__?.end();
  await globalThis.__BROWSER_PG__?.stop();
}
