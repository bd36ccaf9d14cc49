import { notFound } from "@/server/http/errors";
import { toErrorResponse } from "@/server/http/route";

/** Unknown API paths answer the contract's JSON error, never an HTML page. */
function unknownEndpoint(req: Request): Response {
  return toErrorResponse(notFound(`The endpoint ${req.method} ${new URL(req.url).pathname}`));
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
