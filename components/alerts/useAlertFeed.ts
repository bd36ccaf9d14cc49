"use client";

import { useEffect, useRef, useState } from "react";
import { useMarkAlertsRead, useRecentAlerts } from "@/queries/alerts";
import { markerToSend, unreadIds } from "./unread";

/**
 * The bell's state for the signed-in user: recent alerts, the server's unread count (the same on
 * every browser of the account), and which were unread when the panel opened (they stay highlighted
 * while it is open, though opening marks them read).
 */
export function useAlertFeed(open: boolean) {
  const alerts = useRecentAlerts();
  const markRead = useMarkAlertsRead();
  const { mutate } = markRead;
  const [unreadWhenOpened, setUnreadWhenOpened] = useState<ReadonlySet<string>>(new Set());
  const sent = useRef<string | null>(null);
  const items = alerts.data?.items;

  useEffect(() => {
    if (!open || !items) return;
    const upTo = markerToSend(items, sent.current);
    if (upTo === null) return;
    sent.current = upTo;
    mutate({ upTo });
  }, [open, items, mutate]);

  /** Call when the panel opens: the highlight stays put while the read is recorded. */
  const noteOpening = () => setUnreadWhenOpened(unreadIds(items ?? []));

  return { alerts, unreadCount: alerts.data?.unreadCount ?? 0, unreadWhenOpened, noteOpening };
}
