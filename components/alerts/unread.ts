/**
 * Unread alerts: those newer than the last one this user has seen. Alert ids are the outbox's
 * bigserial, so "newer" is "larger id"; they arrive as decimal strings and are compared as such.
 */

/** True when alert `id` came after `seenId` (every alert is new when nothing was seen yet). */
export function isNewerAlert(id: string, seenId: string | null): boolean {
  if (seenId === null) return true;
  return id.length !== seenId.length ? id.length > seenId.length : id > seenId;
}

export interface Unread {
  count: number;
  /** Every alert on the page is unread and older ones exist: there may be more than `count`. */
  more: boolean;
}

/** Counts over the page the bell holds (newest first); `hasMore` says the server has older alerts. */
export function countUnread(ids: readonly string[], seenId: string | null, hasMore: boolean): Unread {
  const count = ids.filter((id) => isNewerAlert(id, seenId)).length;
  return { count, more: hasMore && count === ids.length && count > 0 };
}

/** "3", or "20+" when the page is all unread. */
export const unreadBadge = ({ count, more }: Unread) => `${count}${more ? "+" : ""}`;

/** The bell's accessible name. */
export const bellLabel = (unread: Unread) => (unread.count === 0 ? "Alerts, no unread" : `Alerts, ${unreadBadge(unread)} unread`);

/** The id to remember once these alerts have been looked at: the newest, never going back. */
export function seenAfterViewing(ids: readonly string[], seenId: string | null): string | null {
  const newest = ids[0];
  return newest !== undefined && isNewerAlert(newest, seenId) ? newest : seenId;
}
