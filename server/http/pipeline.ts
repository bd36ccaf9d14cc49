import type { JWT } from "next-auth/jwt";
import type { BodyOf, EndpointDefinition, PathParams, QueryOf, ResponseOf } from "../../schemas/api";
import type { Principal } from "../auth/principal";
import { principalForSession } from "../auth/users";
import type { Database } from "../db/database";
import { ready } from "../runtime";
import type { ServiceContext } from "../services/context";
import { admit, principalForAuthorization } from "./access";
import { DEFAULT_MAX_BODY_BYTES, parseQuery, readBody, type BodySource } from "./body";
import { CLIENT_ADDRESS_HEADER, stampedClientAddress } from "./clientAddress";
import { errorAnswer, unauthorized } from "./errors";
import { requireSameOrigin, type OriginSource } from "./sameOrigin";
import { refusalFor } from "./unauthenticatedLimit";

/** A request as the pipeline reads it, whichever server received it (Next's route or server/main.ts's hot paths). */
export interface ApiCall extends BodySource, OriginSource {
  /** The signed-in session's token, if a session cookie came with the request. */
  sessionToken(): Promise<JWT | null>;
}

/** What a handler gets: its service context (who, when, which database) and the validated input. */
export type HandlerInput<E extends EndpointDefinition> = {
  params: PathParams<E["path"]>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  call: ApiCall;
} & (E["permission"] extends null ? { ctx?: never } : { ctx: ServiceContext });

/** Returns the endpoint's 2xx JSON, or a whole Response for another representation (CSV, text). */
export type Handler<E extends EndpointDefinition> = (input: HandlerInput<E>) => Promise<ResponseOf<E> | Response> | ResponseOf<E> | Response;

/** A registry entry with the handler that answers it: what either server runs. */
export interface BoundRoute<E extends EndpointDefinition = EndpointDefinition> {
  endpoint: E;
  handler: Handler<E>;
}

export function bindRoute<const E extends EndpointDefinition>(endpoint: E, handler: Handler<E>): BoundRoute<E> {
  return { endpoint, handler };
}

export type Answer = { kind: "json"; status: number; body: unknown; headers?: Record<string, string> } | { kind: "response"; response: Response };

async function authenticate(call: ApiCall, db: Database): Promise<Principal> {
  const address = stampedClientAddress(call.header(CLIENT_ADDRESS_HEADER));
  const authorization = call.header("authorization");
  if (authorization) return principalForAuthorization(db, authorization, address);
  const token = await call.sessionToken();
  const principal = await principalForSession(db, token);
  if (!principal) throw refusalFor(address, unauthorized());
  return principal;
}

async function contextFor(endpoint: EndpointDefinition, call: ApiCall): Promise<ServiceContext | undefined> {
  if (endpoint.permission === null) return undefined;
  const db = await ready();
  const actor = await authenticate(call, db);
  admit(actor, endpoint.permission);
  // Browsers attach the session cookie to other sites' requests too; an API key is never attached by
  // itself. After the role check, so a role's refusal still names the role; before anything changes.
  if (actor.kind === "user") requireSameOrigin(call);
  return { db, actor, now: new Date() };
}

/**
 * Every endpoint runs through here: authenticate, authorize, rate-limit, refuse cross-site session
 * mutations, validate the query and body by the registry entry, run the handler, and map whatever
 * it throws to the contract's JSON error.
 */
export async function answerCall<E extends EndpointDefinition>(route: BoundRoute<E>, call: ApiCall, params: PathParams<E["path"]>): Promise<Answer> {
  const { endpoint, handler } = route;
  try {
    const ctx = await contextFor(endpoint, call);
    const query = endpoint.query ? parseQuery(call.url.searchParams, endpoint.query) : undefined;
    const body = endpoint.body ? await readBody(call, endpoint.body, { maxBytes: endpoint.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }) : undefined;
    // The schemas above produced exactly the types HandlerInput<E> names; TypeScript cannot follow a generic E through them.
    const result = await handler({ ctx, params, query, body, call } as unknown as HandlerInput<E>);
    if (result instanceof Response) return { kind: "response", response: result };
    return { kind: "json", status: endpoint.response.status, body: result };
  } catch (error) {
    const { status, body, headers } = errorAnswer(error);
    return { kind: "json", status, body, headers };
  }
}
