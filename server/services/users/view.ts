import type { UserView } from "../../../schemas/users";
import { isRole } from "../../auth/permissions";

/** A users row read with these columns fits userView (never the password hash). */
export const USER_COLUMNS = `id::text AS id, email, name, role, created_at AS "createdAt", disabled_at AS "disabledAt"`;

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: Date;
  disabledAt: Date | null;
}

export function userView(user: UserRecord): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : "viewer",
    createdAt: user.createdAt.toISOString(),
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
