import { z } from "zod";
import { notFound } from "./errors";

const uuid = z.uuid();

/** An id that is not even a UUID names nothing: answer 404 before asking the database. */
export function requireUuid(id: string, what: string): string {
  if (!uuid.safeParse(id).success) throw notFound(`${what} ${id}`);
  return id;
}
