/** The audit log's filter, read from the URL so a deployment page can link to its own trail. */
export interface AuditFilter {
  targetType?: string;
  targetId?: string;
}

const clean = (value: string | null) => value?.trim() || undefined;

export function parseAuditFilter(search: Pick<URLSearchParams, "get">): AuditFilter {
  const targetType = clean(search.get("targetType"));
  // A target id means nothing without its type.
  return targetType ? { targetType, targetId: clean(search.get("targetId")) } : {};
}

export function auditFilterHref(filter: AuditFilter): string {
  const search = new URLSearchParams();
  if (filter.targetType) search.set("targetType", filter.targetType);
  if (filter.targetType && filter.targetId) search.set("targetId", filter.targetId);
  const text = search.toString();
  return text ? `/audit?${text}` : "/audit";
}

export function describeAuditFilter(filter: AuditFilter): string | null {
  if (!filter.targetType) return null;
  return filter.targetId ? `${filter.targetType} ${filter.targetId}` : `every ${filter.targetType}`;
}
