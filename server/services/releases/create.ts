import type { z } from "zod";
import type { createReleaseSchema, ReleaseView } from "../../../schemas/rollouts";
import { actorLabel, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { conflict } from "../../http/errors";
import { recordAudit } from "../audit/record";
import { releaseView, type ReleaseRow, RELEASE_COLUMNS } from "../../queries/releases";

export async function createRelease(db: Database, actor: Principal, input: z.infer<typeof createReleaseSchema>): Promise<ReleaseView> {
  return db.sql.transaction(async (tx) => {
    const [row] = await tx.query<ReleaseRow>(
      `INSERT INTO releases (component, version, notes, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (component, version) DO NOTHING RETURNING ${RELEASE_COLUMNS}`,
      [input.component, input.version, input.notes ?? null, actorLabel(actor)],
    );
    if (!row) throw conflict(`Release ${input.component} ${input.version} already exists.`);
    await recordAudit(tx, { actor: actorLabel(actor), action: "release.create", targetType: "release", targetId: row.id, after: releaseView(row) });
    return releaseView(row);
  });
}
