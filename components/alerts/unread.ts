/**
 * Unread alerts, as the server keeps them per account (GET /api/v1/alerts: `unread` per item and
 * `unreadCount`). Alert ids are the outbox's bigserial, so "newer" is "larger id"; they arrive as
 * decimal strings and are compared as such.
 */

/** True when alert `id` came after `otherId`. */
export function isNewerAlert(id: string, otherId: string): boolean {
  return id.length !== otherId.length ? id.length > otherId.length : id > otherId;
}

/** The badge stops counting here: past it, the number says "a lot" no better. */
export const BADGE_MAX = 99;

/** "3", or "99+" past the cap; "" for none. */
export const unreadBadge = (count: number) => (count <= 0 ? "" : count > BADGE_MAX ? `${BADGE_MAX}+` : String(count));

/** The bell's accessible name. */
export const bellLabel = (count: number) => (count <= 0 ? "Alerts, no unread" : `Alerts, ${unreadBadge(count)} unread`);

interface FeedItem {
  id: string;
  unread: boolean | null;
}

/** The ids unread among these, to keep highlighted while the panel that marked them read stays open. */
export const unreadIds = (items: readonly FeedItem[]) => new Set(items.filter((a) => a.unread).map((a) => a.id));

/**
 * Looking at the panel reads what it shows: the marker to send is the newest alert shown, when any
 * shown is unread and it is past what was already sent (polls must not send it again and again).
 */
export function markerToSend(items: readonly FeedItem[], alreadySent: string | null): string | null {
  const newest = items.reduce<string | null>((top, a) => (top === null || isNewerAlert(a.id, top) ? a.id : top), null);
  if (newest === null || !items.some((a) => a.unread)) return null;
  return alreadySent !== null && !isNewerAlert(newest, alreadySent) ? null : newest;
}
