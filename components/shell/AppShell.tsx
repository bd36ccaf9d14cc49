import Link from "next/link";
import type { ReactNode } from "react";
import type { Role } from "@/queries/access";
import { AlertBell } from "@/components/alerts/AlertBell";
import { KeyboardLayer } from "@/components/keyboard/KeyboardLayer";
import { LogoMark } from "@/components/ui/LogoMark";
import { focusRing } from "@/components/ui/styles";
import { AccountPanel } from "./AccountPanel";
import { NavDrawer } from "./NavDrawer";
import { NavLinks } from "./NavLinks";
import { PhoneActionBarSlot } from "./PhoneActionBarSlot";

export const MAIN_CONTENT_ID = "main-content";

interface AppShellProps {
  user: { email: string; role: Role };
  children: ReactNode;
}

/**
 * Below `lg` the sidebar's head is a sticky top bar (logo, bell, palette, menu) and its links move
 * into a drawer; from `lg` up it is the fixed sidebar. The bell and the keyboard layer sit in that
 * head in both layouts, so each is rendered once (one set of ids and key handlers).
 */
export function AppShell({ user, children }: AppShellProps) {
  return (
    <div className="min-h-screen lg:flex">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only z-50 rounded-md bg-indigo-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to content
      </a>
      {/* Above the page's own positioned content, so the alert panel opening beside it stays on top. */}
      <aside className="sticky top-0 z-30 border-b border-slate-200 bg-white lg:flex lg:h-screen lg:w-52 lg:shrink-0 lg:flex-col lg:border-b-0 lg:border-r dark:border-slate-800 dark:bg-slate-900">
        <div className="flex flex-wrap items-center gap-1 px-2 py-1 lg:m-2 lg:mb-0 lg:gap-y-2 lg:p-0">
          <Link href="/overview" className={`flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-2 ${focusRing}`}>
            <LogoMark className="size-7" />
            <span className="text-[15px] font-semibold tracking-tight text-slate-900 dark:text-white">Ringwatch</span>
          </Link>
          <AlertBell />
          <div className="lg:order-last lg:basis-full">
            <KeyboardLayer role={user.role} />
          </div>
          <NavDrawer user={user} />
        </div>
        <nav aria-label="Main" className="hidden flex-1 overflow-y-auto px-2 py-2 lg:block">
          <NavLinks role={user.role} />
        </nav>
        <div className="hidden lg:block">
          <AccountPanel user={user} />
        </div>
      </aside>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1 px-3 py-4 focus:outline-none sm:px-6 sm:py-5">
        {children}
      </main>
      <PhoneActionBarSlot />
    </div>
  );
}
