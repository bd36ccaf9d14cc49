import type { Role } from "@/schemas/access";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email?: string | null; name?: string | null; role: Role };
  }
  interface User {
    role?: string;
    /** Set by authorize: the session row it opened and the sign-in instant (seconds). */
    sid?: string;
    authTime?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user_sessions row this token belongs to. */
    sid?: string;
    /** Sign-in instant in seconds (OpenID Connect's name for it); next-auth's `iat` moves on every renewal. */
    auth_time?: number;
  }
}
