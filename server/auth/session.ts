import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { NextRequest } from "next/server";
import { sessionSecret } from "../config";
import { ready } from "../runtime";
import type { Principal } from "./principal";
import { principalForSession } from "./users";

// Only the cookies of the headers matter to getToken; the URL is a placeholder it never reads.
const PAGE_URL = "http://ringwatch.invalid/";

/** The signed-in user for pages, by the same session check as the API, so an ended session shows the sign-in page. */
export async function currentUser(): Promise<Extract<Principal, { kind: "user" }> | null> {
  const db = await ready();
  const token = await getToken({ req: new NextRequest(PAGE_URL, { headers: await headers() }), secret: sessionSecret() });
  return principalForSession(db, token);
}
