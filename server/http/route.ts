import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { Permission } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import { principalForSession } from "../auth/users";
import type { Database } from "../db/database";
import { ready } from "../runtime";
import { admit, principalForAuthorization } from "./access";
import { CLIENT_ADDRESS_HEADER, stampedClientAddress } from "./clientAddress";
import type { QueryEndpoint } from "./endpoint";
import { errorAnswer, unauthorized } from "./errors";
import { requireSameOrigin } from "./sameOrigin";
import { refusalFor } from "./unauthenticatedLimit";

export interface RouteContext<Params> {
  req: NextRequest;
  params: Params;
  principal: Principal;
  db: Database;
}

export interface RouteSpec {
  /** What the caller must be allowed to do; every route names one. */
  permission: Permission;
}

type NextRouteContext<Params> = { params: Promise<Params> };

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(body, { status, headers });
}

async function authenticate(req: NextRequest, db: Database): Promise<Principal> {
  const address = stampedClientAddress(req.headers.get(CLIENT_ADDRESS_HEADER));
  const authorization = req.headers.get("authorization");
  if (authorization) return principalForAuthorization(db, authorization, address);
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  const principal = await principalForSession(db, token);
  if (!principal) throw refusalFor(address, unauthorized());
  return principal;
}

/** Browsers attach the session cookie to other sites' requests too; an API key is never attached by itself. */
function refuseCrossSite(req: NextRequest, principal: Principal): void {
  if (principal.kind === "user") requireSameOrigin(req);
}

export function toErrorResponse(error: unknown): Response {
  const answer = errorAnswer(error);
  return json(answer.body, answer.status, answer.headers);
}

/** Every API route goes through here: authenticate, authorize, rate-limit, run, map errors to the contract. */
export function apiRoute<Params = Record<string, never>>(spec: RouteSpec, handler: (ctx: RouteContext<Params>) => Promise<Response>) {
  return async (req: NextRequest, context: NextRouteContext<Params>): Promise<Response> => {
    try {
      const db = await ready();
      const principal = await authenticate(req, db);
      admit(principal, spec.permission);
      // After the role check, so a role's refusal still names the role; before the handler changes anything.
      refuseCrossSite(req, principal);
      return await handler({ req, params: await context.params, principal, db });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The route for an endpoint that the hot-path server may also answer (server/http/hotPaths.ts). */
export function queryRoute<Answer>(endpoint: QueryEndpoint<Answer>) {
  return apiRoute({ permission: endpoint.permission }, async ({ req, db, principal }) =>
    json(await endpoint.answer({ db, principal, query: new URL(req.url).searchParams })),
  );
}

/** For the few public endpoints (health, next-auth's own): still the contract's error shape, no credentials. */
export function publicRoute<Context = unknown>(handler: (req: NextRequest, context: Context) => Promise<Response>) {
  return async (req: NextRequest, context: Context): Promise<Response> => {
    try {
      return await handler(req, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
