import "server-only";
import { getServerSession } from "next-auth";
import { ready } from "../runtime";
import { authOptions } from "./nextAuthOptions";
import type { Principal } from "./principal";
import { principalForUser } from "./users";

/** The signed-in user for pages, checked against the database so a disabled user's session stops working. */
export async function currentUser(): Promise<Extract<Principal, { kind: "user" }> | null> {
  const db = await ready();
  const session = await getServerSession(authOptions);
  return session?.user?.id ? principalForUser(db, session.user.id) : null;
}
