import type { AuditEntry } from "@/queries/rollouts";

export interface StatusChange {
  from: string | null;
  to: string | null;
}

function statusOf(snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null || !("status" in snapshot)) return null;
  const status = (snapshot as { status: unknown }).status;
  return typeof status === "string" ? status : null;
}

/** The `status` before and after, when the entry changed it (or set it on creation); else null. */
export function statusChange(entry: Pick<AuditEntry, "before" | "after">): StatusChange | null {
  const from = statusOf(entry.before);
  const to = statusOf(entry.after);
  if (from === to) return null;
  return { from, to };
}

export function formatStatus(status: string | null): string {
  return status === null ? "∅" : status.replaceAll("_", " ");
}

const SHORT_ID_LENGTH = 8;

export function shortId(id: string): string {
  return id.length > SHORT_ID_LENGTH ? id.slice(0, SHORT_ID_LENGTH) : id;
}

/** Where the audited thing lives in the app, when it has a page. */
const TARGET_PAGES: Partial<Record<string, string>> = { deployment: "/deployments", anomaly: "/anomalies" };

export function auditTargetHref(entry: Pick<AuditEntry, "targetType" | "targetId">): string | null {
  const section = TARGET_PAGES[entry.targetType];
  return section ? `${section}/${encodeURIComponent(entry.targetId)}` : null;
}

/** What the target column shows: the name the entry kept, else the (short) id. */
export function targetLabel(entry: Pick<AuditEntry, "targetType" | "targetId" | "targetName">): { type: string; text: string; isId: boolean; title: string } {
  const type = entry.targetType.replaceAll("_", " ");
  if (!entry.targetName) return { type, text: shortId(entry.targetId), isId: true, title: entry.targetId };
  return { type, text: entry.targetName, isId: false, title: `${entry.targetName} (${entry.targetId})` };
}
