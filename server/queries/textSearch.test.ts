import { describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS, ilike, likePattern, searchWords, wordsMatchSql } from "./textSearch";

describe("search text", () => {
  it("splits on spaces and on the UI's release and ring separators", () => {
    expect(searchWords("  agent@7.12.0 → canary ")).toEqual(["agent", "7.12.0", "canary"]);
    expect(searchWords("   ")).toEqual([]);
    expect(searchWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))).toHaveLength(MAX_SEARCH_WORDS);
  });

  it("escapes LIKE wildcards so they match literally", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });

  it("builds one clause per word, each over every column, with bound patterns", () => {
    const params: unknown[] = [];
    const sql = wordsMatchSql("agent canary", [ilike("component"), (p) => `EXISTS (x WHERE ring ILIKE ${p})`], (value) => `$${params.push(value)}`);
    expect(sql).toBe("(component ILIKE $1 OR EXISTS (x WHERE ring ILIKE $1)) AND (component ILIKE $2 OR EXISTS (x WHERE ring ILIKE $2))");
    expect(params).toEqual(["%agent%", "%canary%"]);
    expect(wordsMatchSql(" ", [ilike("component")], () => "$1")).toBeNull();
  });
});
