import type { z } from "zod";
import type { createReleaseSchema, ReleaseView } from "../../../schemas/rollouts";
import { actorLabel } from "../../auth/principal";
import { releaseView, type ReleaseRow, RELEASE_COLUMNS } from "../../queries/releases";
import { auditChange } from "../audit/record";
import { releaseName } from "../audit/targetNames";
import type { ServiceContext } from "../context";
import { conflict } from "../errors";

export async function createRelease(ctx: ServiceContext, input: z.infer<typeof createReleaseSchema>): Promise<ReleaseView> {
  return ctx.db.sql.transaction(async (tx) => {
    const [row] = await tx.query<ReleaseRow>(
      `INSERT INTO releases (component, version, notes, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (component, version) DO NOTHING RETURNING ${RELEASE_COLUMNS}`,
      [input.component, input.version, input.notes ?? null, actorLabel(ctx.actor)],
    );
    if (!row) throw conflict(`Release ${input.component} ${input.version} already exists.`);
    const release = releaseView(row);
    await auditChange(tx, ctx, { action: "release.created", targetType: "release", targetId: row.id, targetName: releaseName(release), after: release });
    return release;
  });
}
