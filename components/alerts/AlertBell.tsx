"use client";

import { PERMISSIONS, useHasPermission } from "@/queries/me";
import { BellIcon } from "@/components/ui/icons";
import { focusRing } from "@/components/ui/styles";
import { AlertPanel } from "./AlertPanel";
import { bellLabel, unreadBadge } from "./unread";
import { useAlertFeed } from "./useAlertFeed";
import { usePopover } from "./usePopover";

/** The shell's bell: the alerts this account has not read, and a panel of recent ones. */
export function AlertBell() {
  // Destructured: reading `popover.containerRef` would make the React Compiler treat all of `popover` as a ref and refuse `open` in render.
  const { open, toggle: togglePopover, close, panelId, containerRef, buttonRef } = usePopover();
  const feed = useAlertFeed(open);
  const showDeliveryLog = useHasPermission(PERMISSIONS.manageSettings);
  const label = bellLabel(feed.unreadCount);

  const toggle = () => {
    if (!open) feed.noteOpening();
    togglePopover();
  };

  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={toggle}
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        className={`relative grid size-8 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100 ${
          open ? "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100" : ""
        } ${focusRing}`}
      >
        <BellIcon className="size-[18px]" />
        {feed.unreadCount > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -right-1 -top-1 h-4 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white ring-2 ring-white dark:bg-red-600 dark:ring-slate-900"
          >
            {unreadBadge(feed.unreadCount)}
          </span>
        ) : null}
      </button>
      {open ? (
        <AlertPanel
          id={panelId}
          alerts={feed.alerts}
          unreadWhenOpened={feed.unreadWhenOpened}
          showDeliveryLog={showDeliveryLog}
          onNavigate={() => close(false)}
        />
      ) : null}
    </div>
  );
}
