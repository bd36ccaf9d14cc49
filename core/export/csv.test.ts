import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, neutraliseFormulas, toCsv, type CsvColumn } from "./csv";

// An independent RFC 4180 reader (csv-parse, a dev dependency for this test only) reads back what
// the writer wrote, so the round trip is not checked against our own idea of CSV.
const readBack = (text: string): string[][] => parse(text, { relax_column_count: false, record_delimiter: "\r\n" });
// Text with the characters that break naive CSV (quotes, commas, CR, LF, ;) and the formula starts.
const cellText = fc.string({ unit: fc.constantFrom("a", "Z", "1", " ", '"', ",", "\r", "\n", ";", "=", "+", "-", "@", "\t", "'", "é") });
const FORMULA_START = /^\s*[=+\-@\t\r]/;

describe("CSV writer", () => {
  it("quotes every cell and doubles the quotes inside", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell('say "hi", twice\r\nplease')).toBe('"say ""hi"", twice\r\nplease"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(new Date("2026-12-01T08:00:00Z"))).toBe('"2026-12-01T08:00:00.000Z"');
  });

  it("prefixes each formula start with a quote: = + - @ tab and carriage return", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormulas(`${start}1+1`), JSON.stringify(start)).toBe(`'${start}1+1`);
    expect(csvCell("-3")).toBe(`"'-3"`);
  });

  it("neutralises every ;-separated segment, not just the cell's start", () => {
    expect(neutraliseFormulas('ws-01;=HYPERLINK("https://evil");+x;ok;@SUM(A1)')).toBe("ws-01;'=HYPERLINK(\"https://evil\");'+x;ok;'@SUM(A1)");
    expect(neutraliseFormulas("a;;-b")).toBe("a;;'-b");
    expect(neutraliseFormulas("tag1; =1+1")).toBe("tag1;' =1+1");
  });

  it("leaves ordinary text alone, formula characters inside a segment included", () => {
    for (const text of ["Latitude 7440", "7.11.1-beta", "a=b", "x+y;z-w", "user@example.com", ""]) expect(neutraliseFormulas(text)).toBe(text);
  });

  it("writes the header and the rows, CRLF after every line", () => {
    expect(
      toCsv(
        ["id", "host"],
        [
          ["d1", "=evil"],
          ["d2", null],
        ],
      ),
    ).toBe('"id","host"\r\n"d1","\'=evil"\r\n"d2",""\r\n');
    expect(toCsv(["id"], [])).toBe('"id"\r\n');
  });

  it("reads back exactly: every row and cell, quotes, commas and newlines included (formula starts made literal)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const columns: CsvColumn<string[]>[] = [0, 1, 2].map((i) => [`c${i}`, (row: string[]) => row[i]] as const);
        expect(readBack(csvDocument(columns, rows))).toEqual([["c0", "c1", "c2"], ...rows.map((row) => row.map(neutraliseFormulas))]);
      }),
    );
  });

  it("leaves no cell, nor any ;-separated segment of one, that a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const [[cell]] = readBack(toCsv(["x"], [[text]])).slice(1);
        for (const segment of cell.split(";")) expect(FORMULA_START.test(segment), JSON.stringify(segment)).toBe(false);
      }),
    );
  });

  it("changes only the cells that start like a formula", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const touched = text.split(";").some((segment) => FORMULA_START.test(segment));
        expect(neutraliseFormulas(text) === text).toBe(!touched);
      }),
    );
  });
});
