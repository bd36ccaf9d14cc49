import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOTAL_COUNT_CAP } from "../../schemas/pagination";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { countMatching } from "./listTotal";

describe(`list totals on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.sql.query(
      `INSERT INTO audit_log (actor, action, target_type, target_id) SELECT 'counted', 'webhook.created', 'webhook', 'w' || i FROM generate_series(1, $1) i`,
      [TOTAL_COUNT_CAP + 5],
    );
    await db.sql.query(
      `INSERT INTO audit_log (actor, action, target_type, target_id) SELECT 'few', 'webhook.created', 'webhook', 'w' || i FROM generate_series(1, 7) i`,
    );
  });
  afterAll(() => db?.close());

  it("counts exactly up to the cap", async () => {
    expect(await countMatching(db.sql, "FROM audit_log WHERE actor = $1", ["few"])).toEqual({ total: 7, totalIsLowerBound: false });
    expect(await countMatching(db.sql, "FROM audit_log WHERE actor = $1", ["nobody"])).toEqual({ total: 0, totalIsLowerBound: false });
  });

  it("stops past the cap and says the total is a lower bound", async () => {
    expect(await countMatching(db.sql, "FROM audit_log WHERE actor = $1", ["counted"])).toEqual({ total: TOTAL_COUNT_CAP, totalIsLowerBound: true });
  });
});
