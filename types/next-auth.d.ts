import type { Role } from "@/schemas/access";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email?: string | null; name?: string | null; role: Role };
  }
  interface User {
    role?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
  }
}
