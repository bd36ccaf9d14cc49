/** Entries sorted by key, so components and tags line up the same way everywhere. */
export function sortedEntries(record: Record<string, string>): [key: string, value: string][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

/** "agent 7.11.0 · content 2024.07.18" */
export function formatVersions(versions: Record<string, string>): string {
  return sortedEntries(versions)
    .map(([component, version]) => `${component} ${version}`)
    .join(" · ");
}

export function formatOs(os: string | null, osVersion: string | null): string {
  return [os, osVersion].filter(Boolean).join(" ") || "—";
}
