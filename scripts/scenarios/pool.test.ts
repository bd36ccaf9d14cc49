import { describe, expect, it } from "vitest";
import { mapWithLimit } from "./pool";

/** A promise the test settles by hand, to control which work finishes when. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("mapWithLimit", () => {
  it("keeps results in the items' order whatever order the work finishes in", async () => {
    const delays = [30, 5, 15, 0];
    const results = await mapWithLimit(delays, 4, async (ms, i) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${i}:${ms}`;
    });
    expect(results).toEqual(["0:30", "1:5", "2:15", "3:0"]);
  });

  it("never runs more than the limit at once, and starts the next item as soon as one finishes", async () => {
    const gates = [0, 1, 2, 3, 4].map(() => deferred<void>());
    const started: number[] = [];
    const run = mapWithLimit(gates, 2, async (gate, i) => {
      started.push(i);
      await gate.promise;
      return i;
    });
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((gate) => gate.resolve());
    expect(await run).toEqual([0, 1, 2, 3, 4]);
  });

  it("starts nothing new after a failure, waits for the work under way, then throws the first error", async () => {
    const gates = [0, 1, 2, 3].map(() => deferred<void>());
    const started: number[] = [];
    let finished = 0;
    const run = mapWithLimit(gates, 2, async (gate, i) => {
      started.push(i);
      await gate.promise;
      finished += 1;
    });
    const outcome = run.then(
      () => "resolved",
      (error: Error) => error.message,
    );
    await tick();
    gates[0].reject(new Error("app 0 did not start"));
    await tick();
    expect(await Promise.race([outcome, tick().then(() => "pending")])).toBe("pending");
    gates[1].resolve();
    expect(await outcome).toBe("app 0 did not start");
    expect(started).toEqual([0, 1]);
    expect(finished).toBe(1);
  });

  it("handles no items and refuses a limit below one", async () => {
    expect(await mapWithLimit([], 3, async () => 1)).toEqual([]);
    await expect(mapWithLimit([1], 0, async () => 1)).rejects.toThrow("at least 1");
  });
});
