import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { EndpointDefinition, PathParams } from "../../schemas/api";
import { sessionSecret } from "../config";
import { readCapped } from "./body";
import { errorAnswer } from "./errors";
import { answerCall, bindRoute, type Answer, type ApiCall, type BoundRoute, type Handler } from "./pipeline";

type NextRouteContext<Params> = { params: Promise<Params> };

/** A Next route handler that knows the registry entry it answers (the route-table test reads it). */
export type NextRoute<E extends EndpointDefinition> = ((req: NextRequest, context: NextRouteContext<PathParams<E["path"]>>) => Promise<Response>) & {
  readonly route: BoundRoute<E>;
};

export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(body, { status, headers });
}

export function toErrorResponse(error: unknown): Response {
  const answer = errorAnswer(error);
  return json(answer.body, answer.status, answer.headers);
}

function nextCall(req: NextRequest): ApiCall {
  return {
    method: req.method,
    url: new URL(req.url),
    header: (name) => req.headers.get(name),
    rawBody: (maxBytes) => readCapped(req, maxBytes),
    sessionToken: () => getToken({ req, secret: sessionSecret() }),
  };
}

function toResponse(answer: Answer): Response {
  return answer.kind === "response" ? answer.response : json(answer.body, answer.status, answer.headers);
}

/** Next's handler for a bound route: the same pipeline server/main.ts runs for the hot paths. */
export function nextRoute<E extends EndpointDefinition>(route: BoundRoute<E>): NextRoute<E> {
  const handle = async (req: NextRequest, context: NextRouteContext<PathParams<E["path"]>>) =>
    toResponse(await answerCall(route, nextCall(req), await context.params));
  return Object.assign(handle, { route });
}

/** `export const GET = route(API.listDevices, ({ ctx, query }) => ...)`: a route file binds a handler to its registry entry. */
export function route<const E extends EndpointDefinition>(endpoint: E, handler: Handler<E>): NextRoute<E> {
  return nextRoute(bindRoute(endpoint, handler));
}

/** For next-auth's own endpoints (not part of the contract): still the contract's error shape. */
export function publicRoute<Context = unknown>(handler: (req: NextRequest, context: Context) => Promise<Response>) {
  return async (req: NextRequest, context: Context): Promise<Response> => {
    try {
      return await handler(req, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
