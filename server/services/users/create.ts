import type { z } from "zod";
import type { createUserSchema, UserView } from "../../../schemas/users";
import { hashPassword } from "../../auth/passwords";
import type { Database } from "../../db/database";
import { conflict } from "../../http/errors";
import { userView } from "./view";

export async function createUser(db: Database, input: z.infer<typeof createUserSchema>): Promise<UserView> {
  const email = input.email.trim().toLowerCase();
  if (await db.prisma.user.findUnique({ where: { email } })) throw conflict(`A user with email ${email} already exists.`);
  const user = await db.prisma.user.create({
    data: { email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
  });
  return userView(user);
}
