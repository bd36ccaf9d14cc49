import type { IncomingMessage, ServerResponse } from "node:http";
import { ready } from "../runtime";
import { admit, principalForAuthorization } from "./access";
import { CLIENT_ADDRESS_HEADER, stampedClientAddress } from "./clientAddress";
import { encodeBody } from "./contentEncoding";
import type { QueryEndpoint } from "./endpoint";
import { errorAnswer } from "./errors";

/** Answers the request and resolves true, or resolves false to leave the request to Next. */
export type HotHandler = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => Promise<boolean>;

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const { payload, contentEncoding } = encodeBody(req.headers["accept-encoding"], Buffer.from(JSON.stringify(body)));
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    vary: "Accept-Encoding",
    ...(contentEncoding ? { "content-encoding": contentEncoding } : {}),
    "content-length": payload.byteLength,
  });
  res.end(payload);
}

/**
 * The route wrapper's steps (authenticate, authorize, rate-limit, answer, map errors) for a plain
 * node:http request. Only API-key callers are answered here; a request without an Authorization
 * header (a browser's session cookie, or no credentials) goes to Next's route for the same endpoint.
 */
export function hotQueryRoute<Answer>(endpoint: QueryEndpoint<Answer>): HotHandler {
  return async (req, res, query) => {
    const authorization = req.headers.authorization;
    if (!authorization) return false;
    try {
      const db = await ready();
      const principal = await principalForAuthorization(db, authorization, stampedClientAddress(req.headers[CLIENT_ADDRESS_HEADER]));
      admit(principal, endpoint.permission);
      sendJson(req, res, 200, await endpoint.answer({ db, principal, query }));
    } catch (error) {
      const answer = errorAnswer(error);
      sendJson(req, res, answer.status, answer.body, answer.headers);
    }
    return true;
  };
}
