/** Puts N devices into a running app through the ingest API (one heartbeat each, spread over the rings). */
export async function seedDevices(baseUrl: string, apiKey: string, devices: number, batch = 2000): Promise<string[]> {
  const ids = Array.from({ length: devices }, (_, i) => `bench-${String(i).padStart(6, "0")}`);
  const now = Date.now();
  for (let start = 0; start < ids.length; start += batch) {
    const events = ids.slice(start, start + batch).map((deviceId, i) => ({
      type: "heartbeat",
      deviceId,
      ts: new Date(now - 60_000 + ((start + i) % 60_000)).toISOString(),
      bootId: "b",
      intervalSec: 300,
      versions: { agent: "7.11.0", content: "2024.07.18" },
      hostname: deviceId,
      os: "windows",
      osVersion: "10.0.22631",
    }));
    const response = await fetch(`${baseUrl}/api/v1/ingest`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ events }),
    });
    if (response.status !== 202) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
  }
  return ids;
}

/** Calls the app's JSON API with the admin key, failing loudly on anything unexpected. */
export async function adminCall<T>(baseUrl: string, apiKey: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
