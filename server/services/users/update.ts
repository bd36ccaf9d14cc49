import type { z } from "zod";
import type { updateUserSchema, UserView } from "../../../schemas/users";
import { hashPassword } from "../../auth/passwords";
import type { Principal } from "../../auth/principal";
import { endSessionsForUserChange } from "../../auth/sessionStore";
import { forgetCachedUser } from "../../auth/users";
import type { Database } from "../../db/database";
import { conflict, notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { userView } from "./view";

export async function updateUser(db: Database, actor: Principal, id: string, input: z.infer<typeof updateUserSchema>): Promise<UserView> {
  const user = await db.prisma.user.findUnique({ where: { id: requireUuid(id, "User") } });
  if (!user) throw notFound(`User ${id}`);
  const demotesSelf = actor.kind === "user" && actor.id === id && ((input.role && input.role !== "admin") || input.disabled);
  if (demotesSelf) throw conflict("You cannot demote or disable yourself; ask another admin.");
  const updated = await db.prisma.user.update({
    where: { id },
    data: {
      role: input.role,
      name: input.name,
      disabledAt: input.disabled === undefined ? undefined : input.disabled ? new Date() : null,
      passwordHash: input.password ? await hashPassword(input.password) : undefined,
    },
  });
  await endSessionsForUserChange(db, actor, id, input, new Date());
  forgetCachedUser(id);
  return userView(updated);
}
