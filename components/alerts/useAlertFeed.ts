"use client";

import { useEffect, useState } from "react";
import { useRecentAlerts } from "@/queries/alerts";
import { storeSeenAlertId, useSeenAlertId } from "./seenStore";
import { countUnread, seenAfterViewing } from "./unread";

/**
 * The bell's state for one user: recent alerts, how many are unread, and which were new when the
 * panel opened (they stay highlighted while it is open, though opening marks them seen).
 */
export function useAlertFeed(email: string, open: boolean) {
  const alerts = useRecentAlerts();
  const seenId = useSeenAlertId(email);
  const [seenWhenOpened, setSeenWhenOpened] = useState<string | null>(null);
  const ids = alerts.data?.items.map((a) => a.id) ?? [];
  const unread = countUnread(ids, seenId, alerts.data?.nextCursor != null);
  const newest = ids[0];

  useEffect(() => {
    if (!open || newest === undefined) return;
    const next = seenAfterViewing([newest], seenId);
    if (next !== null && next !== seenId) storeSeenAlertId(email, next);
  }, [open, newest, seenId, email]);

  /** Call when the panel opens: the highlight stays put while later polls mark more alerts seen. */
  const noteOpening = () => setSeenWhenOpened(seenId);

  return { alerts, unread, seenWhenOpened, noteOpening };
}
