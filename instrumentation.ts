/** Runs once per server start: migrate, bootstrap, then start the background worker. */
export async function register() {
  // Next sets NEXT_RUNTIME for each runtime it loads this file in: its own switch, not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configOrExit } = await import("./server/config");
  configOrExit("server");
  const { ready } = await import("./server/runtime");
  const { ensureWorker } = await import("./worker/loop");
  ensureWorker(await ready());
}
