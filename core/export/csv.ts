/**
 * The one CSV writer for downloads. Exported cells carry device-reported text (hostnames, models,
 * versions), and a spreadsheet runs a cell that starts like a formula. Every cell is quoted
 * (RFC 4180) so no value can end a cell early, and every `;`-separated segment that starts like a
 * formula gets a leading `'`: spreadsheets in locales whose list separator is `;` split cells there,
 * so a formula after a `;` would start a cell of its own.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_GUARD = "'";
const SEGMENT_SEPARATOR = ";";
// Leading spaces too: an import that trims them would otherwise uncover the formula.
const FORMULA_START = /^\s*[=+\-@\t\r]/;
const QUOTE = '"';
const LINE_END = "\r\n";

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The text with each `;`-separated segment that a spreadsheet would read as a formula made literal. */
export function neutraliseFormulas(text: string): string {
  return text
    .split(SEGMENT_SEPARATOR)
    .map((segment) => (FORMULA_START.test(segment) ? FORMULA_GUARD + segment : segment))
    .join(SEGMENT_SEPARATOR);
}

export function csvCell(value: CsvValue): string {
  return QUOTE + neutraliseFormulas(cellText(value)).replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE;
}

/** One CSV line, CRLF included: a download streams these one page at a time. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(",") + LINE_END;
}

/** A whole CSV document: the header, then one line per row, CRLF after every line. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvLine).join("");
}

/** A CSV column: its header and how an item fills it. One list of these defines a download. */
export type CsvColumn<Item> = readonly [header: string, cell: (item: Item) => CsvValue];

/** The lines of some items under `columns` (no header): a download writes one page of them at a time. */
export function csvLinesOf<Item>(columns: readonly CsvColumn<Item>[], items: readonly Item[]): string {
  return items.map((item) => csvLine(columns.map(([, cell]) => cell(item)))).join("");
}

/** A whole document of some items under `columns`, header first. */
export function csvDocument<Item>(columns: readonly CsvColumn<Item>[], items: readonly Item[]): string {
  return csvLine(columns.map(([header]) => header)) + csvLinesOf(columns, items);
}
