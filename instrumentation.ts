/** Runs once per server start: migrate, bootstrap, then start the background worker. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ready } = await import("./server/runtime");
  const { ensureWorker } = await import("./worker/loop");
  ensureWorker(await ready());
}
