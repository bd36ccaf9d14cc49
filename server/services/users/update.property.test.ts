import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../schemas/access";
import { userPrincipal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { testContext } from "../testContext";
import { createUser } from "./create";
import { updateUser } from "./update";

interface Replayed {
  name: string;
  role: string;
  status: string;
}

const edit = fc
  .record({ name: fc.constantFrom("Ann", "Bo", "Cy"), role: fc.constantFrom(...ROLES), disabled: fc.boolean() }, { requiredKeys: [] })
  .filter((e) => Object.keys(e).length > 0);

/** Any sequence of edits by an admin: the user's audit trail, replayed, is the user as stored, one entry per real change. */
describe(`user edits and their audit trail on ${TEST_BACKEND}`, () => {
  let db: Database;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    userId = (await createUser(testContext(db), { email: "subject@example.com", name: "Ann", role: "viewer", password: "a long enough password" })).id;
  });
  afterAll(async () => {
    await db.close();
  });

  it("replays to the stored user", async () => {
    const admin = testContext(db, { actor: userPrincipal("admin", "admin@example.com") });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        for (const change of edits) await updateUser(admin, userId, change);
        const entries = await db.sql.query<{ action: string; after: Record<string, string> | null }>(
          "SELECT action, after FROM audit_log WHERE target_type = 'user' AND target_id = $1 ORDER BY id",
          [userId],
        );
        const replayed = entries.reduce<Replayed>((user, e) => ({ ...user, ...(e.after ?? {}) }), { name: "", role: "", status: "" });
        const [stored] = await db.sql.query<{ name: string; role: Role; disabled: boolean }>(
          "SELECT name, role, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1",
          [userId],
        );
        expect({ name: replayed.name, role: replayed.role, status: replayed.status }).toEqual({
          name: stored.name,
          role: stored.role,
          status: stored.disabled ? "disabled" : "active",
        });
        // An entry is a change: no two entries in a row say the same thing.
        const snapshots = entries.map((e) => `${e.action}:${JSON.stringify(e.after)}`);
        expect(snapshots.filter((s, i) => i > 0 && s === snapshots[i - 1] && !s.startsWith("user.created"))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
