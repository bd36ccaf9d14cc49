/** GET load from keep-alive connections: requests/s and latency percentiles for a list of paths. */
import http from "node:http";
import { percentile } from "./stats";

export interface GetLoadResult {
  requests: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

export async function getLoad(baseUrl: string, apiKey: string, paths: string[], concurrency: number): Promise<GetLoadResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.get({ host: url.hostname, port: url.port, path, agent, headers: { authorization: `Bearer ${apiKey}` } }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode !== 200) failures++;
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on("error", () => {
        failures++;
        resolve();
      });
    });
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) await one(paths[i]);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallSec = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: paths.length, perSec: paths.length / wallSec, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99), failures };
}

export const formatLoad = (r: GetLoadResult) =>
  `${Math.round(r.perSec).toLocaleString("en-US")} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms${r.failures ? `, ${r.failures} FAILED` : ""}`;
