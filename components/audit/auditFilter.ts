import { ACTION_FILTER, AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditTargetType } from "@/schemas/audit";

/** The audit log's filter, read from the URL so a deployment page can link to its own trail. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: AuditTargetType;
  targetId?: string;
}

/** The filter row's fields as typed, before they become a filter. */
export interface AuditFilterDraft {
  actor: string;
  action: string;
  targetType: string;
}

const clean = (value: string | null | undefined) => value?.trim() || undefined;
const knownType = (value: string | undefined): AuditTargetType | undefined => AUDIT_TARGET_TYPES.find((t) => t === value);

/** A bare target type (`webhook`) means every action on it (`webhook.`). */
export function normaliseAction(text: string): string | undefined {
  const action = clean(text)?.toLowerCase();
  if (!action) return undefined;
  return /^[a-z][a-z_]*$/.test(action) ? `${action}.` : action;
}

export function actionProblem(text: string): string | null {
  const action = normaliseAction(text);
  return action === undefined || ACTION_FILTER.test(action) ? null : "Type an action such as webhook.created, or webhook. for every action on webhooks.";
}

/** Unknown types and malformed actions in a hand-edited link are dropped: the page never sends what the API refuses. */
export function parseAuditFilter(search: Pick<URLSearchParams, "get">): AuditFilter {
  const targetType = knownType(clean(search.get("targetType")));
  const action = clean(search.get("action"));
  return {
    actor: clean(search.get("actor")),
    action: action && ACTION_FILTER.test(action) ? action : undefined,
    targetType,
    // A target id means nothing without its type.
    targetId: targetType ? clean(search.get("targetId")) : undefined,
  };
}

export function auditFilterSearch(filter: AuditFilter): string {
  const search = new URLSearchParams();
  if (filter.actor) search.set("actor", filter.actor);
  if (filter.action) search.set("action", filter.action);
  if (filter.targetType) search.set("targetType", filter.targetType);
  if (filter.targetType && filter.targetId) search.set("targetId", filter.targetId);
  return search.toString();
}

export function auditFilterHref(filter: AuditFilter): string {
  const text = auditFilterSearch(filter);
  return text ? `/audit?${text}` : "/audit";
}

/** The CSV download of every entry the filter matches. */
export function auditCsvHref(filter: AuditFilter): string {
  const search = new URLSearchParams(auditFilterSearch(filter));
  search.set("format", "csv");
  return `/api/v1/audit?${search.toString()}`;
}

export function draftOf(filter: AuditFilter): AuditFilterDraft {
  return { actor: filter.actor ?? "", action: filter.action ?? "", targetType: filter.targetType ?? "" };
}

/** The filter the row asks for; a target id stays only while its type does. */
export function filterOfDraft(draft: AuditFilterDraft, current: AuditFilter): AuditFilter {
  const targetType = knownType(draft.targetType);
  return {
    actor: clean(draft.actor),
    action: normaliseAction(draft.action),
    targetType,
    targetId: targetType && targetType === current.targetType ? current.targetId : undefined,
  };
}

export function describeAuditFilter(filter: AuditFilter): string | null {
  const target = filter.targetType ? (filter.targetId ? `${filter.targetType} ${filter.targetId}` : `every ${filter.targetType}`) : null;
  const action = filter.action ? (filter.action.endsWith(".") ? `${filter.action}*` : filter.action) : null;
  const actor = filter.actor ? `by ${filter.actor}` : null;
  const parts = [target, action, actor].filter((part): part is string => part !== null);
  return parts.length ? parts.join(", ") : null;
}

/** Suggestions for the action field: every action, and each type's prefix. */
export const ACTION_SUGGESTIONS: readonly string[] = [...AUDIT_TARGET_TYPES.map((t) => `${t}.`), ...AUDIT_ACTIONS];

export const TARGET_TYPE_OPTIONS = [{ value: "", label: "All targets" }, ...AUDIT_TARGET_TYPES.map((t) => ({ value: t, label: t.replace("_", " ") }))];
