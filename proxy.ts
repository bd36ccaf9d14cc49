import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/components/auth/callbackUrl";

/** Layouts cannot see the URL; pass it along so a signed-out visitor returns to the page they asked for. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
