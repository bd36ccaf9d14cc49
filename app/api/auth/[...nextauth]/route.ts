import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/nextAuthOptions";
import { ready } from "@/server/runtime";

type Context = { params: Promise<{ nextauth: string[] }> };

/** The session secret is loaded at start-up, so wait for it before next-auth reads it. */
async function handler(req: NextRequest, context: Context) {
  await ready();
  return NextAuth(req, context, authOptions);
}

export { handler as GET, handler as POST };
