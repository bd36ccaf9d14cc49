import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { principalForApiKey } from "../auth/apiKeys";
import type { Permission } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import { principalForUser } from "../auth/users";
import type { Database } from "../db/database";
import { ready } from "../runtime";
import { AppError, forbidden, unauthorized } from "./errors";
import { enforceRateLimit } from "./rateLimit";

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
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthorized("The Authorization header must be `Bearer <api key>`.");
    const principal = await principalForApiKey(db, match[1]);
    if (!principal) throw unauthorized("The API key is unknown or revoked.");
    return principal;
  }
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  const principal = token?.sub ? await principalForUser(db, token.sub) : null;
  if (!principal) throw unauthorized();
  return principal;
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const { code, message, details } = error;
    return json({ error: { code, message, ...(details ? { details } : {}) } }, error.status, error.headers);
  }
  console.error("[api] unexpected error", error);
  return json({ error: { code: "internal_error", message: "Something went wrong on our side; the request can be retried." } }, 500);
}

/** Every API route goes through here: authenticate, authorize, rate-limit, run, map errors to the contract. */
export function apiRoute<Params = Record<string, never>>(spec: RouteSpec, handler: (ctx: RouteContext<Params>) => Promise<Response>) {
  return async (req: NextRequest, context: NextRouteContext<Params>): Promise<Response> => {
    try {
      const db = await ready();
      const principal = await authenticate(req, db);
      if (!principal.permissions.has(spec.permission)) {
        throw forbidden(`This ${principal.kind === "user" ? `role (${principal.role})` : "API key's scope"} may not ${spec.permission.replace(":", " ")}.`);
      }
      if (principal.kind === "apiKey") enforceRateLimit(principal.id, principal.rateLimitPerSec);
      return await handler({ req, params: await context.params, principal, db });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** For the few public endpoints (health): still the contract's error shape, no credentials. */
export function publicRoute(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest): Promise<Response> => {
    try {
      return await handler(req);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
