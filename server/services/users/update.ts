import type { z } from "zod";
import { userChanges } from "../../../core/audit/changes";
import type { updateUserSchema, UserView } from "../../../schemas/users";
import { hashPassword } from "../../auth/passwords";
import { isRole } from "../../auth/permissions";
import { endSessionsForUserChange } from "../../auth/sessionStore";
import { forgetCachedUser } from "../../auth/users";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { conflict, notFound, requireUuid } from "../errors";
import { USER_COLUMNS, userView, type UserRecord } from "./view";

/** Each field that really changes is one audit entry (role change, disable, password reset...), in the update's transaction. */
export async function updateUser(ctx: ServiceContext, id: string, input: z.infer<typeof updateUserSchema>): Promise<UserView> {
  requireUuid(id, "User");
  const { actor } = ctx;
  const demotesSelf = actor.kind === "user" && actor.id === id && ((input.role && input.role !== "admin") || input.disabled);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const updated = await ctx.db.sql.transaction(async (tx) => {
    const [user] = await tx.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
    if (!user) throw notFound(`User ${id}`);
    if (demotesSelf) throw conflict("You cannot demote or disable yourself; ask another admin.");
    const changes = userChanges({ name: user.name, role: isRole(user.role) ? user.role : "viewer", disabled: user.disabledAt !== null }, input);
    if (changes.length === 0) return user;
    const disabledAt = input.disabled === undefined ? user.disabledAt : input.disabled ? (user.disabledAt ?? ctx.now) : null;
    const [row] = await tx.query<UserRecord>(
      `UPDATE users SET name = $2, role = $3, disabled_at = $4, password_hash = COALESCE($5, password_hash) WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, input.name ?? user.name, input.role ?? user.role, disabledAt?.toISOString() ?? null, passwordHash],
    );
    for (const change of changes) await auditChange(tx, ctx, { ...change, targetType: "user", targetId: id, targetName: row.email });
    return row;
  });
  // After the commit, as before: a sign-in racing the change is settled by startSession's lock on the user row.
  await endSessionsForUserChange(ctx.db, actor, id, input, ctx.now);
  forgetCachedUser(id);
  return userView(updated);
}
