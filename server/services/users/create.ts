import type { z } from "zod";
import type { createUserSchema, UserView } from "../../../schemas/users";
import { hashPassword } from "../../auth/passwords";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { conflict } from "../errors";
import { USER_COLUMNS, userView, type UserRecord } from "./view";

export async function createUser(ctx: ServiceContext, input: z.infer<typeof createUserSchema>): Promise<UserView> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return ctx.db.sql.transaction(async (tx) => {
    // The unique email decides, so two admins adding the same person at once get one user and one 409.
    const [user] = await tx.query<UserRecord>(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [email, input.name, input.role, passwordHash],
    );
    if (!user) throw conflict(`A user with email ${email} already exists.`);
    await auditChange(tx, ctx, {
      action: "user.created",
      targetType: "user",
      targetId: user.id,
      targetName: user.email,
      after: { email: user.email, name: user.name, role: user.role, status: "active" },
    });
    return userView(user);
  });
}
