import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** Counting stops here: past it a list says "10,000+" instead of scanning every match for an exact number. */
export const TOTAL_COUNT_CAP = 10_000;
/** A CSV download holds at most this many rows; a bigger list is for the API with filters. */
export const MAX_CSV_ROWS = 100_000;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(512).optional(),
});

/** `format` of a list with a download: the page as JSON, or every matching row as CSV. */
export const listFormatSchema = z.enum(["json", "csv"]).default("json").describe(`\`csv\` downloads every matching row (up to ${MAX_CSV_ROWS})`);

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A page of a list that also says how many items match its filters (the cursor plays no part in the count). */
export function countedPageSchema<T extends z.ZodType>(item: T) {
  return pageSchema(item).extend({
    total: z.number().int().min(0).describe(`items matching the filters, counted up to ${TOTAL_COUNT_CAP}`),
    totalIsLowerBound: z.boolean().describe(`true when more than ${TOTAL_COUNT_CAP} match: total is then ${TOTAL_COUNT_CAP}`),
  });
}

export interface ListTotal {
  total: number;
  totalIsLowerBound: boolean;
}
