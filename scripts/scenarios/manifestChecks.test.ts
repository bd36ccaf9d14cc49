import { describe, expect, it } from "vitest";
import type { DeviceTickContext } from "../fleet/api";
import type { ManifestAgent } from "../fleet/manifestAgent";
import { ManifestChecks } from "./manifestChecks";

/** An agent that notes the tick it is handed per device, and whether the scenario waited for it. */
function recordingAgent() {
  const seen: Array<[string, number]> = [];
  let idled = false;
  const agent = Object.assign((context: DeviceTickContext) => void seen.push([context.device.deviceId, context.tick]), {
    idle: async () => void (idled = true),
  }) as ManifestAgent;
  return { agent, seen, idled: () => idled };
}

const tickOf = (deviceId: string, tick: number) => ({ device: { deviceId }, tick }) as DeviceTickContext;

describe("ManifestChecks", () => {
  it("checks nothing before the rollout starts", async () => {
    const { agent, seen } = recordingAgent();
    await new ManifestChecks(agent).onTick(tickOf("d1", 0));
    expect(seen).toEqual([]);
  });

  it("counts each device's ticks from its first heartbeat after the start, so every device's first check comes then", async () => {
    const { agent, seen } = recordingAgent();
    const checks = new ManifestChecks(agent);
    await checks.onTick(tickOf("d1", 1));
    checks.start();
    for (const [deviceId, tick] of [
      ["d1", 2],
      ["d2", 4],
      ["d1", 3],
      ["d2", 5],
      ["d1", 5],
    ] as const)
      await checks.onTick(tickOf(deviceId, tick));
    expect(seen).toEqual([
      ["d1", 0],
      ["d2", 0],
      ["d1", 1],
      ["d2", 1],
      ["d1", 3],
    ]);
  });

  it("stops checking at the end and waits for the checks under way", async () => {
    const { agent, seen, idled } = recordingAgent();
    const checks = new ManifestChecks(agent);
    checks.start();
    await checks.stop(1000);
    await checks.onTick(tickOf("d1", 7));
    expect(seen).toEqual([]);
    expect(idled()).toBe(true);
  });
});
