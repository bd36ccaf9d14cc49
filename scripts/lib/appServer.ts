import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, type WriteStream } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface AppServerOptions {
  /** Port to listen on; a free one is picked when absent. */
  port?: number;
  /** Interface to bind; loopback by default so test servers are never reachable from outside. */
  host?: string;
  /** Extra environment for the server (e.g. RINGWATCH_BOOTSTRAP_API_KEY). */
  env?: Record<string, string | undefined>;
  /** Embedded-database folder (RINGWATCH_DATA_DIR). */
  dataDir?: string;
  /** PostgreSQL connection string (DATABASE_URL). Without it the server uses the embedded database. */
  databaseUrl?: string;
  /** Append the server's stdout and stderr to this file. */
  logFile?: string;
  /** Repository root holding `.next`; defaults to the one this script lives in. */
  rootDir?: string;
  /** How long to wait for GET /api/health to answer 200 (default 120 s). */
  healthTimeoutMs?: number;
}

export interface AppServer {
  baseUrl: string;
  port: number;
  pid: number;
  /** Resolves with the exit code (null when killed by a signal) once the process is gone. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 10 s); resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
  /** Sends a signal without waiting (e.g. SIGKILL to simulate a crash). */
  kill(signal?: NodeJS.Signals): void;
  /** The last lines the server printed, for error messages. */
  logTail(): string;
}

/** The production server that `npm run build` writes and `npm start` runs (a unit test holds the two together). */
export const SERVER_ENTRY = ".next/ringwatch-server.mjs";

const DEFAULT_HEALTH_TIMEOUT_MS = 120_000;
const LOG_TAIL_LINES = 60;

/** Repository root: this file is scripts/lib/appServer.ts. */
export function repoRoot(): string {
  return fileURLToPath(new URL("../..", import.meta.url));
}

/** Fails with an actionable message when there is no production build to start. */
export function assertProductionBuild(rootDir: string = repoRoot()): void {
  for (const file of [path.join(rootDir, ".next", "BUILD_ID"), path.join(rootDir, SERVER_ENTRY)]) {
    if (!existsSync(file)) throw new Error(`No production build found (${file} is missing). Run \`npm run build\` in ${rootDir} first.`);
  }
}

/** Asks the OS for an unused port; another process could still take it, which start-up would then report. */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("could not obtain a free port"))));
    });
  });
}

/** Starts the production server (`npm start`) from the build and resolves once /api/health answers 200. */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const rootDir = options.rootDir ?? repoRoot();
  assertProductionBuild(rootDir);
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await findFreePort(host));
  const child = spawn(process.execPath, [SERVER_ENTRY, "--port", String(port), "--hostname", host], {
    cwd: rootDir,
    env: serverEnv(options, port),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server = wrapChild(child, host, port, options.logFile);
  try {
    await waitForHealth(server.baseUrl, { timeoutMs: options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS, exited: server.exited });
  } catch (error) {
    await server.stop(2_000);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n--- last server output ---\n${server.logTail()}`);
  }
  return server;
}

/**
 * The child's environment. DATABASE_URL comes only from the options: an inherited one is dropped so a
 * stray shell variable never points a throwaway server at a real database.
 */
function serverEnv(options: AppServerOptions, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.RINGWATCH_DATA_DIR = options.dataDir;
  env.PORT = String(port);
  (env as Record<string, string>).NODE_ENV = "production";
  return env;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort: never leave a server running after the parent script exits (crash, process.exit). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of liveChildren) child.kill("SIGKILL");
  });
}

function wrapChild(child: ChildProcess, host: string, port: number, logFile?: string): AppServer {
  installExitHook();
  liveChildren.add(child);
  const tail: string[] = [];
  const log: WriteStream | undefined = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  const capture = (chunk: Buffer) => {
    log?.write(chunk);
    tail.push(
      ...chunk
        .toString("utf8")
        .split("\n")
        .filter((line) => line.length > 0),
    );
    if (tail.length > LOG_TAIL_LINES) tail.splice(0, tail.length - LOG_TAIL_LINES);
  };
  child.stdout?.on("data", capture);
  child.stderr?.on("data", capture);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      liveChildren.delete(child);
      log?.end();
      resolve(code);
    });
  });
  const kill = (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  return {
    baseUrl: `http://${host}:${port}`,
    port,
    pid: child.pid ?? -1,
    exited,
    kill,
    logTail: () => tail.join("\n"),
    async stop(graceMs = 10_000) {
      kill("SIGTERM");
      const forced = setTimeout(() => kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(forced);
    },
  };
}

export interface WaitForHealthOptions {
  timeoutMs?: number;
  /** Stop waiting as soon as the server process exits. */
  exited?: Promise<number | null>;
  intervalMs?: number;
}

/** Polls GET {baseUrl}/api/health until it answers 200. */
export async function waitForHealth(baseUrl: string, options: WaitForHealthOptions = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS);
  let exitCode: number | null | undefined;
  void options.exited?.then((code) => (exitCode = code));
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`server exited with code ${exitCode} before becoming healthy`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
  throw new Error(`${baseUrl}/api/health did not answer 200 within ${options.timeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS} ms (last: ${lastProblem})`);
}
