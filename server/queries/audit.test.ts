import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditQuerySchema, type AuditFilterQuery } from "../../schemas/audit";
import { MAX_PAGE_SIZE } from "../../schemas/pagination";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { recordAudit, type AuditRecord } from "../services/audit/record";
import { csvDownload } from "../http/csvDownload";
import { AUDIT_CSV_COLUMNS, auditPage, listAudit, type AuditFilter } from "./audit";

/** The route's download: every entry the filter matches, streamed page by page. */
const auditCsv = async (sql: Database["sql"], filter: AuditFilter) =>
  (await csvDownload("audit", AT, AUDIT_CSV_COLUMNS, (cursor, limit) => auditPage(sql, { ...filter, cursor, limit }))).text();

const AT = new Date("2026-12-02T08:00:00.000Z");
const entry = (over: Partial<AuditRecord>): AuditRecord => ({
  actor: "ann@example.com",
  action: "webhook.created",
  targetType: "webhook",
  targetId: "w1",
  at: AT,
  ...over,
});

const LOG: AuditRecord[] = [
  entry({ targetName: "json → hooks.example.com" }),
  entry({ action: "webhook.deleted", actor: "key:deployer" }),
  entry({ action: "api_key.created", targetType: "api_key", targetId: "k1", targetName: "deployer" }),
  entry({ action: "user.role_changed", targetType: "user", targetId: "u1", before: { role: "viewer" }, after: { role: "operator" } }),
  entry({ action: "deployment.pause", targetType: "deployment", targetId: "d1", actor: "system", reason: '=HYPERLINK("https://evil")' }),
];

describe(`audit log filters on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.sql.transaction(async (tx) => {
      for (const e of LOG) await recordAudit(tx, e);
      // Not an action Ringwatch writes: `_` must match only itself in a prefix, never any character.
      await tx.query("INSERT INTO audit_log (actor, action, target_type, target_id) VALUES ('x', 'apiXkey.created', 'api_key', 'k2')");
    });
  });
  afterAll(async () => {
    await db.close();
  });

  const actions = async (filter: AuditFilterQuery) => (await listAudit(db.sql, { ...filter, limit: 50 })).items.map((e) => e.action);

  it.each<[string, AuditFilterQuery, string[]]>([
    ["an exact actor", { actor: "key:deployer" }, ["webhook.deleted"]],
    ["an exact action", { action: "webhook.created" }, ["webhook.created"]],
    ["every action of a type", { action: "webhook." }, ["webhook.deleted", "webhook.created"]],
    ["a prefix with `_`, literally", { action: "api_key." }, ["api_key.created"]],
    ["a target", { targetType: "user", targetId: "u1" }, ["user.role_changed"]],
    ["a target type and an actor", { targetType: "webhook", actor: "ann@example.com" }, ["webhook.created"]],
    ["nothing that matches", { actor: "nobody" }, []],
  ])("keeps %s, newest first", async (_what, filter, expected) => {
    expect(await actions(filter)).toEqual(expected);
  });

  it("reads entries back with their target name, snapshots and time", async () => {
    const [roleChange] = (await listAudit(db.sql, { action: "user.role_changed", limit: 1 })).items;
    expect(roleChange).toMatchObject({
      at: AT.toISOString(),
      actor: "ann@example.com",
      targetName: null,
      before: { role: "viewer" },
      after: { role: "operator" },
    });
    expect((await listAudit(db.sql, { action: "api_key.created", limit: 1 })).items[0].targetName).toBe("deployer");
  });

  it("pages a filtered list and downloads every match, past one page", async () => {
    await db.sql.query(
      "INSERT INTO audit_log (actor, action, target_type, target_id) SELECT 'bulk', 'ring.updated', 'ring', 'r' || n FROM generate_series(1, $1::int) n",
      [MAX_PAGE_SIZE + 20],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAudit(db.sql, { actor: "bulk", limit: 200, cursor });
      seen.push(...page.items.map((e) => e.targetId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(MAX_PAGE_SIZE + 20);
    const first = await listAudit(db.sql, { actor: "bulk", limit: 200 });
    expect({ total: first.total, totalIsLowerBound: first.totalIsLowerBound }).toEqual({ total: MAX_PAGE_SIZE + 20, totalIsLowerBound: false });
    // The cursor moves the page, never the count.
    expect((await listAudit(db.sql, { actor: "bulk", limit: 200, cursor: first.nextCursor ?? undefined })).total).toBe(MAX_PAGE_SIZE + 20);
    expect(seen.length).toBe(MAX_PAGE_SIZE + 20);
    const exported = (await auditCsv(db.sql, { actor: "bulk" })).split("\r\n").slice(1, -1);
    expect(exported.map((line) => line.split(",")[5].replaceAll('"', ""))).toEqual(seen);
  });

  it("writes CSV with every cell quoted, snapshots as JSON and formulas made literal", async () => {
    const csv = await auditCsv(db.sql, { targetType: "deployment" });
    const [header, row, end] = csv.split("\r\n");
    expect(header).toBe('"id","at","actor","action","targetType","targetId","targetName","reason","before","after"');
    expect(row).toMatch(/^"\d+","2026-12-02T08:00:00.000Z","system","deployment.pause","deployment","d1","","'=HYPERLINK\(""https:\/\/evil""\)","",""$/);
    expect(end).toBe("");
    const roles = await auditCsv(db.sql, { action: "user.role_changed" });
    expect(roles).toContain('"{""role"":""viewer""}","{""role"":""operator""}"');
  });
});

describe("audit query validation", () => {
  it.each([
    ["an action that is not type.what", { action: "DROP TABLE" }],
    ["an action without its type", { action: ".created" }],
    ["an unknown target type", { targetType: "planet" }],
    ["an empty actor", { actor: "" }],
    ["an unknown format", { format: "xlsx" }],
  ])("refuses %s", (_what, query) => {
    expect(auditQuerySchema.safeParse(query).success).toBe(false);
  });

  it("accepts an exact action, a type prefix and CSV", () => {
    expect(auditQuerySchema.parse({ action: "webhook.", format: "csv" })).toMatchObject({ action: "webhook.", format: "csv", limit: 50 });
    expect(auditQuerySchema.parse({ action: "user.role_changed", actor: "key:deployer", targetType: "api_key" }).format).toBe("json");
  });
});
