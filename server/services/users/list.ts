import type { UserView } from "../../../schemas/users";
import type { ServiceContext } from "../context";
import { userView } from "./view";

export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  const users = await ctx.db.prisma.user.findMany({ orderBy: { email: "asc" } });
  return users.map(userView);
}
