import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/nextAuthOptions";
import { withCappedBody } from "@/server/http/body";
import { publicRoute } from "@/server/http/route";
import { ready } from "@/server/runtime";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * The session secret is loaded at start-up, so wait for it before next-auth reads it. next-auth
 * reads the body itself, uncapped: read it under the cap every route has first.
 */
async function handler(req: NextRequest, context: Context) {
  await ready();
  const capped = await withCappedBody(req, (body) => new NextRequest(req.url, { method: req.method, headers: req.headers, body: new Uint8Array(body) }));
  return NextAuth(capped, context, authOptions);
}

const route = publicRoute(handler);
export { route as GET, route as POST };
