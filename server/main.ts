/**
 * `npm start`: the production server, one process. Next.js serves the pages and API routes; at boot,
 * instrumentation.ts runs migrations and bootstrap and starts the background worker. The hot device
 * paths (server/http/hotPaths.ts) are answered first, by plain node:http handlers built from the same
 * endpoint definitions, services and process-wide caches: Next's route pipeline costs more CPU per
 * request than the manifest itself.
 *
 * `npm run build` bundles this file next to Next's build (.next/ringwatch-server.mjs), so both halves
 * of the process always come from the same sources.
 *   npm start [-- --port 3000 --hostname 0.0.0.0]      (PORT in the environment works as well)
 *
 * Settings come from the environment through server/config; an invalid one stops start-up (exit 78).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";

// Not settings of ours but Next's and React's own switches, written as `next start` does before they
// load: a production server unless NODE_ENV says otherwise, and the Node.js runtime for instrumentation.
const env = process.env as Record<string, string | undefined>;
env.NODE_ENV ??= "production";
env.NEXT_RUNTIME = "nodejs";

const { configOrExit, resetConfig } = await import("./config");
// Checked before Next loads, so a bad value fails at once; read again (below) once Next has loaded
// the .env files, which add to the environment without overriding it. PORT is needed before that.
const { PORT } = configOrExit("server");
resetConfig();
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = values.port === undefined ? PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`[server] --port must be a number from 0 to 65535, got ${values.port}`);
  process.exit(1);
}
// Unset: every interface, as `next start`.
const hostname = values.hostname;

const { default: next } = await import("next");
const { answerHotPath } = await import("./http/hotPaths");
const { errorAnswer } = await import("./http/errors");
const { applySecurityHeaders } = await import("./http/securityHeaders");
const { register } = await import("../instrumentation");
const { stampClientAddress } = await import("./http/clientAddress");

const server = createServer((req, res) => void handle(req, res));
const app = next({ dev: false, hostname, port, httpServer: server });
await app.prepare();
const { RINGWATCH_TRUST_FORWARDED_FOR: trustForwardedFor, NEXT_MANUAL_SIG_HANDLE: manualSignals } = configOrExit("server");
const handleWithNext = app.getRequestHandler();
// Next runs instrumentation.ts only when the first request reaches it, and devices' requests may
// never do: start it now. The worker is one per process (processWide) when Next runs it again; if
// this attempt fails (database not up yet), Next's own on its first request is the retry, as before.
register().catch((error: unknown) =>
  console.error("[server] start-up (migrations, bootstrap, worker) failed; retried on the next request Next handles", error),
);

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Before either half answers, so pages, API routes, Next's own errors and the hot paths all carry them.
  applySecurityHeaders(req, res);
  try {
    stampClientAddress(req, trustForwardedFor);
    if (!(await answerHotPath(req, res))) await handleWithNext(req, res);
  } catch (error) {
    // Only an invariant failure gets here; still the contract's JSON error, never a hung socket.
    const answer = errorAnswer(error);
    if (res.headersSent) res.end();
    else res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
  }
}

/** As `next start`: stop accepting, let requests in flight finish, close Next, exit 128 + signal. */
function shutdown(signal: NodeJS.Signals): void {
  server.close(() => void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
}
if (!manualSignals) {
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

server.on("error", (error) => {
  console.error("[server] could not start", error);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`[server] listening on http://${hostname ?? "localhost"}:${port}`));
