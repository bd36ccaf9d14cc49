/**
 * The demo's second act: once the content rollout is done, the agent update that boot-loops Windows.
 * Ringwatch pauses it; the on-site team then works through the devices nothing can reach, from
 * Ringwatch's recovery list, so the demo shows the pause's reach and a recovery burn-down.
 */
import { BAD_AGENT } from "./demoFaults";
import { startAgentRollout } from "./demoRollout";
import type { FleetSimulator } from "./fleet/simulator";
import { sleep } from "./fleet/timing";
import { OnSiteTeam } from "./scenarios/onSiteTeam";
import { RingwatchClient } from "./scenarios/ringwatchClient";

const POLL_MS = 10_000;
const TEAM = { arrivesAfterSec: 60, share: 0.6, repairSec: 45, recoveryKeyEvery: 3 };

export async function runAgentIncident(
  baseUrl: string,
  adminKey: string,
  fleet: FleetSimulator,
  contentId: string,
  previousAgent: string,
  log: (line: string) => void,
) {
  const client = new RingwatchClient(baseUrl, adminKey);
  while ((await client.deployment(contentId)).status === "active") await sleep(POLL_MS);
  const agentId = await startAgentRollout(baseUrl, adminKey);
  log(`agent ${BAD_AGENT.version} rollout ${agentId} started (boot-loops Windows)`);
  const team = new OnSiteTeam(TEAM, client, fleet, { component: BAD_AGENT.component, version: previousAgent }, log);
  let pausedSeenAt: number | null = null;
  while (!team.done) {
    await sleep(POLL_MS);
    if (pausedSeenAt === null && (await client.deployment(agentId)).status === "paused") {
      pausedSeenAt = Date.now();
      log(`agent rollout paused; the on-site team arrives in ${TEAM.arrivesAfterSec} s`);
    }
    if (pausedSeenAt === null) continue;
    const recoveries = await Promise.all((await client.anomalies({ deploymentId: agentId })).map((a) => client.recovery(a.id)));
    team.work(recoveries.sort((x, y) => y.affected - x.affected)[0] ?? null, pausedSeenAt);
  }
  await team.stop();
  log(`on-site team done: ${team.repaired} devices repaired${team.errors.length ? `; errors: ${team.errors.slice(0, 2).join(" | ")}` : ""}`);
}
