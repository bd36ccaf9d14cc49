import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { affectedDeviceQuerySchema, anomalyListQuerySchema, remediationQuerySchema } from "../../schemas/anomalies";
import { deviceListQuerySchema } from "../../schemas/devices";
import { pageQuerySchema } from "../../schemas/pagination";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { errorAnswer } from "../http/errors";
import { ServiceError } from "../services/errors";
import { listAffectedDevices, listRemediation } from "./affectedDevices";
import { listAnomalies } from "./anomalies";
import { auditQuerySchema } from "../../schemas/audit";
import { listAudit } from "./audit";
import { listDeployments } from "./deployments";
import { listDevices } from "./devices";
import { listReleases } from "./releases";

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const SOME_UUID = "3f2b8e8c-4a0e-4c3b-9a57-0d6f2b1c9e10";
const NOW = new Date();

/** Each list against the real database: a cursor it did not hand out is the caller's error, not a cast failure. */
describe(`forged cursors on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const lists: [string, string, (cursor: string) => Promise<unknown>][] = [
    ["anomalies", forged(["2026-11-22T10:00:00.000Z", "not-a-uuid"]), (cursor) => listAnomalies(db.sql, anomalyListQuerySchema.parse({ cursor }))],
    ["deployments", forged(["2026-02-30T10:00:00Z", SOME_UUID]), (cursor) => listDeployments(db.sql, { ...pageQuerySchema.parse({ cursor }) }, NOW)],
    ["releases", forged(["yesterday", SOME_UUID]), (cursor) => listReleases(db.sql, pageQuerySchema.parse({ cursor }))],
    ["audit", forged(["", "NaN"]), (cursor) => listAudit(db.sql, auditQuerySchema.parse({ cursor }))],
    ["devices by last seen", forged(["yesterday", "dev-1"]), (cursor) => listDevices(db.sql, deviceListQuerySchema.parse({ cursor, sort: "last_seen" }), NOW)],
    ["devices by id", forged(["dev\u0000", "dev-1"]), (cursor) => listDevices(db.sql, deviceListQuerySchema.parse({ cursor }), NOW)],
    ["affected devices", forged(["", "dev\u0000"]), (cursor) => listAffectedDevices(db.sql, SOME_UUID, affectedDeviceQuerySchema.parse({ cursor }), NOW)],
    ["remediation", forged(["", "dev\u0000"]), (cursor) => listRemediation(db.sql, remediationQuerySchema.parse({ cursor }), NOW)],
  ];

  it.each(lists)("%s refuses a forged cursor with a 400", async (_list, cursor, list) => {
    const error = await list(cursor).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(errorAnswer(error).status).toBe(400);
  });

  it.each(lists)("%s still pages with no cursor", async (_list, _cursor, list) => {
    await expect(list("")).resolves.toMatchObject({ nextCursor: null });
  });
});
