/** Typed reads of the raw event an agent sent; anything missing or of the wrong type reads as null. */
type RawEvent = Record<string, unknown>;

export function eventString(event: RawEvent, field: string): string | null {
  const value = event[field];
  return typeof value === "string" && value !== "" ? value : null;
}

export function eventNumber(event: RawEvent, field: string): number | null {
  const value = event[field];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function eventVersions(event: RawEvent): Record<string, string> | null {
  const value = event.versions;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const versions: Record<string, string> = {};
  for (const [component, version] of Object.entries(value)) {
    if (typeof version === "string") versions[component] = version;
  }
  return versions;
}

/** Boot ids are long random strings; the first characters are enough to tell boots apart. */
export function shortBootId(bootId: string | null): string | null {
  if (!bootId) return null;
  return bootId.length > 8 ? `${bootId.slice(0, 8)}…` : bootId;
}
