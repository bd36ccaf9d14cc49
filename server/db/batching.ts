import type { Database } from "./database";

/**
 * Many callers, one statement. Items submitted in the same turn of the event loop, or while a batch
 * is running, go together in the next batch; nothing waits on a timer, so an item alone runs at
 * once and batches grow with the load by themselves. One batch runs at a time.
 */
export interface Batcher<Item, Result> {
  submit(db: Database, item: Item): Promise<Result>;
}

interface Waiting<Item, Result> {
  db: Database;
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/** `run` answers its items in order; if it throws, every item of that batch fails with the error. */
export function createBatcher<Item, Result>(run: (db: Database, items: Item[]) => Promise<Result[]>): Batcher<Item, Result> {
  let waiting: Waiting<Item, Result>[] = [];
  let scheduled = false;

  async function runBatch(batch: Waiting<Item, Result>[]): Promise<void> {
    // One database in production; tests may switch databases between batches, never mix them.
    for (const db of new Set(batch.map((w) => w.db))) {
      const group = batch.filter((w) => w.db === db);
      try {
        const results = await run(
          db,
          group.map((w) => w.item),
        );
        group.forEach((w, i) => w.resolve(results[i]));
      } catch (error) {
        group.forEach((w) => w.reject(error));
      }
    }
  }

  async function drain(): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      await runBatch(batch);
    }
    scheduled = false;
  }

  return {
    submit(db, item) {
      const result = new Promise<Result>((resolve, reject) => waiting.push({ db, item, resolve, reject }));
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void drain());
      }
      return result;
    },
  };
}
