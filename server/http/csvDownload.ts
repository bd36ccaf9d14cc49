import { csvLine, csvLinesOf, type CsvColumn } from "../../core/export/csv";
import { MAX_CSV_ROWS, MAX_PAGE_SIZE } from "../../schemas/pagination";

/** One page of a list for a cursor (the list's own filters already bound), at the largest page size. */
export type PageReader<Item> = (cursor: string | undefined, limit: number) => Promise<{ items: Item[]; nextCursor: string | null }>;

/** `ringwatch-devices-20261201T080000.csv`: what it is and when it was taken. */
export function csvFilename(list: string, now: Date): string {
  return `ringwatch-${list}-${now.toISOString().slice(0, 19).replaceAll(/[-:]/g, "")}.csv`;
}

/**
 * Every row a list's filters match (up to MAX_CSV_ROWS) as a CSV download, streamed one page at a
 * time so memory stays at one page whatever the list's size. The first page is read before the
 * answer starts, so a bad filter or cursor is still the contract's 400, not a broken file.
 */
export async function csvDownload<Item>(list: string, now: Date, columns: readonly CsvColumn<Item>[], readPage: PageReader<Item>): Promise<Response> {
  const header = csvLine(columns.map(([name]) => name));
  let page = await readPage(undefined, Math.min(MAX_PAGE_SIZE, MAX_CSV_ROWS));
  let sent = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(header));
    },
    async pull(controller) {
      const items = page.items.slice(0, MAX_CSV_ROWS - sent);
      sent += items.length;
      if (items.length) controller.enqueue(encoder.encode(csvLinesOf(columns, items)));
      if (!page.nextCursor || sent >= MAX_CSV_ROWS) return controller.close();
      page = await readPage(page.nextCursor, Math.min(MAX_PAGE_SIZE, MAX_CSV_ROWS - sent));
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${csvFilename(list, now)}"` },
  });
}
