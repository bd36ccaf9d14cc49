import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormulas, toCsv } from "./csv";

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
});
