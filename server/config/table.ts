import { docOf, VARIABLE_NAMES } from "./variables";

/** The README's configuration table, rendered from the schema's descriptions (table.test.ts compares). */
export function configurationTable(): string {
  const rows = VARIABLE_NAMES.map((name) => {
    const doc = docOf(name);
    return `| \`${name}\` | ${doc.expects} | ${doc.defaultText ?? "unset"} | ${doc.description} |`;
  });
  return ["| variable | value | default | meaning |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
