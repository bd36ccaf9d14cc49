import type { UserView } from "../../../schemas/users";
import type { Database } from "../../db/database";
import { userView } from "./view";

export async function listUsers(db: Database): Promise<UserView[]> {
  const users = await db.prisma.user.findMany({ orderBy: { email: "asc" } });
  return users.map(userView);
}
