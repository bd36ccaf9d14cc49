import { describe, expect, it } from "vitest";
import type { Severity } from "../../schemas/anomalies";
import { exponential, fleetDevice, NEVER, seededRandom, sliceAt, type Random, type SimulatedDevice } from "./bakeSimulation";
import { detectSlice } from "./detect";
import { CANARY_BAKE_LOOKS, lookNumber, spend } from "./sequential";
import { MODERATE_P, severityRank, STRONG_P, thresholdsAtLook } from "./severity";

/**
 * Whole bakes, tick by tick, on seeded fleets: the false-alarm rate that matters is per bake, not
 * per tick, and a fix for it must not delay a real break past the canary's bake.
 */
const SEEDS = Array.from({ length: 50 }, (_, i) => 1000 + i);
const TICK_SEC = 10;
const CANARY_BAKE_SEC = 120;
const WINDOW_START = new Date("2026-11-23T10:00:00Z");
/** A small canary left to bake for ten minutes: more looks at fewer devices, where flukes live. */
const LONG_BAKE_SEC = 600;
const ticksOf = (bakeSec: number) => Array.from({ length: bakeSec / TICK_SEC }, (_, i) => (i + 1) * TICK_SEC);
/** Whole-fleet simulations take a few seconds on a shared machine. */
const SIMULATION_TIMEOUT_MS = 120_000;

interface BakeOutcome {
  worst: Severity | null;
  firstCriticalSec: number | null;
  /** The same bake judged look by look at the single-look thresholds, as detection did before alpha spending. */
  perLookWorst: Severity | null;
  perLookFirstCriticalSec: number | null;
  firstWarningSec: number | null;
  perLookFirstWarningSec: number | null;
}

const worse = (a: Severity | null, b: Severity | null) => (!a ? b : !b || severityRank(a) >= severityRank(b) ? a : b);

/** What the bake would open or escalate to (reconcile never lowers a severity, so the worst opening is the outcome). */
function bake(devices: readonly SimulatedDevice[], bakeSec = CANARY_BAKE_SEC): BakeOutcome {
  const outcome: BakeOutcome = {
    worst: null,
    firstCriticalSec: null,
    perLookWorst: null,
    perLookFirstCriticalSec: null,
    firstWarningSec: null,
    perLookFirstWarningSec: null,
  };
  for (const elapsed of ticksOf(bakeSec)) {
    const now = new Date(WINDOW_START.getTime() + elapsed * 1000);
    for (const { severity, openingSeverity } of detectSlice(sliceAt(devices, WINDOW_START, elapsed), lookNumber(WINDOW_START, now, TICK_SEC))) {
      outcome.worst = worse(outcome.worst, openingSeverity);
      outcome.perLookWorst = worse(outcome.perLookWorst, severity);
      if (openingSeverity === "critical") outcome.firstCriticalSec ??= elapsed;
      if (severity === "critical") outcome.perLookFirstCriticalSec ??= elapsed;
      if (openingSeverity === "warning" || openingSeverity === "critical") outcome.firstWarningSec ??= elapsed;
      if (severity === "warning" || severity === "critical") outcome.perLookFirstWarningSec ??= elapsed;
    }
  }
  return outcome;
}

const alarmsIn = (outcomes: readonly BakeOutcome[], key: "worst" | "perLookWorst") =>
  outcomes.filter((o) => o[key] === "warning" || o[key] === "critical").length;
type TimeKey = "firstCriticalSec" | "perLookFirstCriticalSec" | "firstWarningSec" | "perLookFirstWarningSec";
/** Mean and max over the bakes that got there, and how many did. */
const detectionTimes = (outcomes: readonly BakeOutcome[], key: TimeKey) => {
  const times = outcomes.map((o) => o[key]).filter((t): t is number => t !== null);
  return { caught: times.length, mean: times.length ? times.reduce((a, b) => a + b, 0) / times.length : null, max: times.length ? Math.max(...times) : null };
};
const describeTimes = ({ caught, mean, max }: ReturnType<typeof detectionTimes>, of: number) =>
  `${caught}/${of} bakes, mean ${mean?.toFixed(1) ?? "-"} s, max ${max ?? "-"} s`;
function report(label: string, outcomes: readonly BakeOutcome[]) {
  const n = outcomes.length;
  const after = detectionTimes(outcomes, "firstCriticalSec");
  console.info(
    `${label}: warning or critical in ${alarmsIn(outcomes, "perLookWorst")}/${n} bakes per look, ${alarmsIn(outcomes, "worst")}/${n} with spending; ` +
      `first critical ${describeTimes(detectionTimes(outcomes, "perLookFirstCriticalSec"), n)} per look, ${describeTimes(after, n)} with spending; ` +
      `first warning+ ${describeTimes(detectionTimes(outcomes, "perLookFirstWarningSec"), n)} per look, ${describeTimes(detectionTimes(outcomes, "firstWarningSec"), n)} with spending`,
  );
  return after;
}

/** fleetWideCrashes: 1,000 devices, a 10% canary; every device crashes ten times as often, exposed or not. */
const SURGE = {
  devices: 1000,
  canaryShare: 0.1,
  smallCanaryShare: 0.02,
  windowsShare: 0.5,
  meanSecBetweenCrashes: 14_400 / 10,
  crashyShare: 0.02,
  crashyMeanSec: 900 / 10,
};

function surgeFleet(random: Random, canaryShare = SURGE.canaryShare): SimulatedDevice[] {
  return Array.from({ length: SURGE.devices }, () => {
    const crashy = random() < SURGE.crashyShare;
    const crashed = exponential(random, crashy ? SURGE.crashyMeanSec : SURGE.meanSecBetweenCrashes);
    return { attributes: fleetDevice(random, SURGE.windowsShare), exposed: random() < canaryShare, onsets: { ...NEVER, crashed } };
  });
}

/** bootLoopOnWindows in a 12-device canary of a mostly-Windows fleet: 65% loop and report, the rest go dark. */
const BOOT_LOOP = {
  canary: 12,
  baseline: 900,
  windowsShare: 0.85,
  meanSecBetweenCrashes: 14_400,
  meanSecBetweenBootLoops: 86_400,
  loopingShare: 0.65,
  installWithinSec: 10,
  crashAfterInstallSec: [4, 7],
  loopDetectedAfterInstallSec: [20, 45],
  /** Dark 2-8 s after install, then two missed 10 s heartbeats before it counts as silent. */
  silentAfterInstallSec: [22, 28],
} as const;
const between = (random: Random, [low, high]: readonly [number, number]) => low + random() * (high - low);

function bootLoopFleet(random: Random): SimulatedDevice[] {
  const background = (exposed: boolean): SimulatedDevice => ({
    attributes: fleetDevice(random, BOOT_LOOP.windowsShare),
    exposed,
    onsets: { ...NEVER, crashed: exponential(random, BOOT_LOOP.meanSecBetweenCrashes), bootLooping: exponential(random, BOOT_LOOP.meanSecBetweenBootLoops) },
  });
  const canary = Array.from({ length: BOOT_LOOP.canary }, () => background(true)).map((device) => {
    if (device.attributes.os !== "windows") return device;
    const installed = random() * BOOT_LOOP.installWithinSec;
    if (random() < BOOT_LOOP.loopingShare) {
      return {
        ...device,
        onsets: {
          ...device.onsets,
          crashed: installed + between(random, BOOT_LOOP.crashAfterInstallSec),
          bootLooping: installed + between(random, BOOT_LOOP.loopDetectedAfterInstallSec),
        },
      };
    }
    return { ...device, onsets: { ...device.onsets, silent: installed + between(random, BOOT_LOOP.silentAfterInstallSec) } };
  });
  return [...canary, ...Array.from({ length: BOOT_LOOP.baseline }, () => background(false))];
}

/** crashesOnOneBuild: 2,000 devices, a 10% canary; the release crashes the bad build twenty times as often. */
const ONE_BUILD = {
  devices: 2000,
  canaryShare: 0.1,
  windowsShare: 0.5,
  badBuild: "10.0.22631",
  badBuildShare: 0.3,
  otherBuilds: ["10.0.19045", "10.0.26100"],
  meanSecBetweenCrashes: 7200,
  multiplier: 20,
} as const;

function oneBuildFleet(random: Random): SimulatedDevice[] {
  return Array.from({ length: ONE_BUILD.devices }, () => {
    const attributes = fleetDevice(random, ONE_BUILD.windowsShare);
    if (random() < ONE_BUILD.badBuildShare) Object.assign(attributes, { os: "windows", osVersion: ONE_BUILD.badBuild });
    else if (attributes.osVersion === ONE_BUILD.badBuild) attributes.osVersion = ONE_BUILD.otherBuilds[Math.floor(random() * ONE_BUILD.otherBuilds.length)];
    const exposed = random() < ONE_BUILD.canaryShare;
    const hit = exposed && attributes.osVersion === ONE_BUILD.badBuild;
    return { attributes, exposed, onsets: { ...NEVER, crashed: exponential(random, ONE_BUILD.meanSecBetweenCrashes / (hit ? ONE_BUILD.multiplier : 1)) } };
  });
}

describe("whole bakes", () => {
  it(
    "raises no warning or critical in any of 50 bakes when the whole fleet's crash rate surges alike",
    () => {
      const outcomes = SEEDS.map((seed) => bake(surgeFleet(seededRandom(seed))));
      report("fleet-wide surge", outcomes);
      expect(alarmsIn(outcomes, "worst")).toBe(0);
    },
    SIMULATION_TIMEOUT_MS,
  );

  it(
    "raises no warning or critical in any of 50 ten-minute bakes of a 20-device canary under the same surge",
    () => {
      const outcomes = SEEDS.map((seed) => bake(surgeFleet(seededRandom(seed), SURGE.smallCanaryShare), LONG_BAKE_SEC));
      report("fleet-wide surge, 20-device canary, 10-minute bake", outcomes);
      expect(alarmsIn(outcomes, "worst")).toBe(0);
    },
    SIMULATION_TIMEOUT_MS,
  );

  it(
    "still turns a boot loop on every canary Windows device critical within the bake, in every seed",
    () => {
      const outcomes = SEEDS.map((seed) => bake(bootLoopFleet(seededRandom(seed))));
      expect(report("boot loop on Windows", outcomes)).toMatchObject({ caught: SEEDS.length });
    },
    SIMULATION_TIMEOUT_MS,
  );

  it(
    "still turns crashes on one OS build critical within the bake as often as single-look thresholds did",
    () => {
      const outcomes = SEEDS.map((seed) => bake(oneBuildFleet(seededRandom(seed))));
      expect(report("crashes on one build", outcomes).caught).toBe(detectionTimes(outcomes, "perLookFirstCriticalSec").caught);
    },
    SIMULATION_TIMEOUT_MS,
  );
});

describe("alpha spending", () => {
  const LOOKS = 100_000;
  it("spends at most the whole budget over any number of looks, less at each later look", () => {
    let total = 0;
    for (let look = 1; look <= LOOKS; look++) {
      expect(spend(look + 1)).toBeLessThan(spend(look));
      total += spend(look);
    }
    expect(total).toBeLessThan(1);
    expect(total).toBeCloseTo(1 - 1 / (1 + Math.log(LOOKS + 1)), 9);
  });

  it("keeps the single-look critical threshold through a canary bake, and tightens both after it", () => {
    expect(thresholdsAtLook(CANARY_BAKE_LOOKS).strong).toBe(STRONG_P);
    expect(thresholdsAtLook(CANARY_BAKE_LOOKS * 10).strong).toBeLessThan(STRONG_P);
    expect(thresholdsAtLook(1).moderate).toBe(MODERATE_P);
    expect(thresholdsAtLook(CANARY_BAKE_LOOKS).moderate).toBeLessThan(MODERATE_P);
  });

  it("counts looks in ticks since the window start", () => {
    expect(lookNumber(WINDOW_START, WINDOW_START, TICK_SEC)).toBe(1);
    expect(lookNumber(WINDOW_START, new Date(WINDOW_START.getTime() + 34_000), TICK_SEC)).toBe(4);
    expect(lookNumber(WINDOW_START, new Date(WINDOW_START.getTime() + 34_000), 2)).toBe(18);
  });
});
