import { describe, expect, it } from "vitest";
import { createBatcher } from "./batching";
import type { Database } from "./database";

const dbA = { kind: "pglite" } as Database;
const dbB = { kind: "postgres" } as Database;

function recordingBatcher(fail?: (items: number[]) => boolean) {
  const batches: number[][] = [];
  let release: () => void = () => undefined;
  const batcher = createBatcher<number, number>(async (_db, items) => {
    batches.push(items);
    if (fail?.(items)) throw new Error("write failed");
    if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return items.map((n) => n * 10);
  });
  return { batcher, batches, release: () => release() };
}

describe("createBatcher", () => {
  it("runs what arrives in one turn together, and what arrives during a batch in the next one", async () => {
    const { batcher, batches, release } = recordingBatcher();
    const first = [1, 2, 3].map((n) => batcher.submit(dbA, n));
    await new Promise((resolve) => setImmediate(resolve));
    const second = [4, 5].map((n) => batcher.submit(dbA, n));
    release();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it("fails every item of a failed batch, and only those", async () => {
    const { batcher, batches } = recordingBatcher((items) => items.includes(2));
    const failed = [1, 2].map((n) => batcher.submit(dbA, n));
    await expect(Promise.all(failed)).rejects.toThrow("write failed");
    await expect(batcher.submit(dbA, 3)).resolves.toBe(30);
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it("never mixes databases in one run", async () => {
    const seen: [Database, number[]][] = [];
    const batcher = createBatcher<number, number>(async (db, items) => {
      seen.push([db, items]);
      return items;
    });
    await Promise.all([batcher.submit(dbA, 1), batcher.submit(dbB, 2), batcher.submit(dbA, 3)]);
    expect(seen).toEqual([
      [dbA, [1, 3]],
      [dbB, [2]],
    ]);
  });
});
