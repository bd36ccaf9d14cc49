/**
 * What this machine can serve right now: a bare node:http server (its own process, like the app)
 * answering a constant manifest-sized JSON body to the same load client. On a shared machine the
 * absolute figures move with everything else running; the ratio to this ceiling moves much less.
 */
import { spawn } from "node:child_process";
import { getLoad, type GetLoadResult } from "./getLoad";

const BARE_SERVER = `
const body = Buffer.from(JSON.stringify({ deviceId: "bench-000000", ring: "broad", versions: { content: "2024.07.19" } }));
const server = require("node:http").createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;

export async function measureCeiling(requests: number, concurrency: number): Promise<GetLoadResult> {
  const child = spawn(process.execPath, ["-e", BARE_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once("exit", (code) => reject(new Error(`bare server exited with code ${code}`)));
    });
    const paths = Array.from({ length: requests }, (_, i) => `/api/v1/manifest?deviceId=bench-${i}`);
    return await getLoad(`http://127.0.0.1:${port}`, "unused", paths, concurrency);
  } finally {
    child.kill();
  }
}
