"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useState, type MouseEvent } from "react";
import type { Role } from "@/queries/access";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";
import { LogoMark } from "@/components/ui/LogoMark";
import { focusRing } from "@/components/ui/styles";
import { useMediaQuery } from "@/components/ui/useMediaQuery";
import { useModalDialog } from "@/components/ui/useModalDialog";
import { AccountPanel } from "./AccountPanel";
import { SIDEBAR_MEDIA_QUERY } from "./breakpoints";
import { NavLinks } from "./NavLinks";

const iconButton = `grid size-11 shrink-0 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white ${focusRing}`;

/**
 * The phone's navigation: a menu button and a modal drawer with the sidebar's links and account.
 * The native modal <dialog> traps focus, makes the page inert, closes on Escape and gives focus
 * back to the menu button; a tap on the backdrop or any navigation closes it too. From `lg` up the
 * sidebar shows the same links, so the drawer is never open there.
 */
export function NavDrawer({ user }: { user: { email: string; role: Role } }) {
  const pathname = usePathname();
  const wide = useMediaQuery(SIDEBAR_MEDIA_QUERY);
  const [openRequested, setOpenRequested] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  // Navigating (a link, the palette, the back button) closes the drawer: state adjusted while rendering, no effect.
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpenRequested(false);
  }
  const open = openRequested && !wide;
  const dialogRef = useModalDialog(open);
  const drawerId = useId();
  const close = () => setOpenRequested(false);

  // A click on the dialog element itself is a click on its backdrop: the panel inside covers the rest.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClick = (event: globalThis.MouseEvent) => {
      if (event.target === dialog) setOpenRequested(false);
    };
    dialog.addEventListener("click", onClick);
    return () => dialog.removeEventListener("click", onClick);
  }, [dialogRef]);

  // A link that points at the page already shown does not change the path: close on the click itself.
  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest("a")) close();
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setOpenRequested(true)}
        aria-label="Menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={drawerId}
        className={`${iconButton} lg:hidden`}
      >
        <MenuIcon className="size-5" />
      </button>
      <dialog
        ref={dialogRef}
        id={drawerId}
        aria-label="Navigation"
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        className="fixed inset-y-0 left-0 right-auto m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
      >
        {open ? (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation only: each link keeps its own keyboard behaviour
          <div className="flex h-full flex-col" onClick={closeOnLink}>
            <div className="flex items-center gap-2 px-3 py-1.5">
              <LogoMark className="size-7" />
              <span className="flex-1 text-[15px] font-semibold tracking-tight">Ringwatch</span>
              <button type="button" onClick={close} aria-label="Close menu" className={iconButton}>
                <CloseIcon className="size-5" />
              </button>
            </div>
            <nav aria-label="Main" className="flex-1 overflow-y-auto px-2 py-2">
              <NavLinks role={user.role} />
            </nav>
            <AccountPanel user={user} />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
