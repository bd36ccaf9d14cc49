import Link from "next/link";
import type { ReactNode } from "react";
import type { Role } from "@/queries/access";
import { AlertBell } from "@/components/alerts/AlertBell";
import { KeyboardLayer } from "@/components/keyboard/KeyboardLayer";
import { Badge } from "@/components/ui/Badge";
import { LogoMark } from "@/components/ui/LogoMark";
import { focusRing } from "@/components/ui/styles";
import { NavLinks } from "./NavLinks";
import { SignOutButton } from "./SignOutButton";
import { ThemeToggle } from "./ThemeToggle";

export const MAIN_CONTENT_ID = "main-content";

interface AppShellProps {
  user: { email: string; role: Role };
  children: ReactNode;
}

export function AppShell({ user, children }: AppShellProps) {
  return (
    <div className="flex min-h-screen">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only z-50 rounded-md bg-indigo-600 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to content
      </a>
      {/* Above the page's own positioned content, so the alert panel opening beside it stays on top. */}
      <aside className="sticky top-0 z-30 flex h-screen w-52 shrink-0 flex-col border-r border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="m-2 flex items-center gap-1">
          <Link href="/overview" className={`flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-2 ${focusRing}`}>
            <LogoMark className="size-7" />
            <span className="text-[15px] font-semibold tracking-tight text-slate-900 dark:text-white">Ringwatch</span>
          </Link>
          <AlertBell />
        </div>
        <div className="px-2">
          <KeyboardLayer role={user.role} />
        </div>
        <nav aria-label="Main" className="flex-1 overflow-y-auto px-2 py-2">
          <NavLinks role={user.role} />
        </nav>
        <div className="border-t border-slate-200 p-3 dark:border-slate-800">
          <p className="truncate text-xs font-medium text-slate-800 dark:text-slate-200" title={user.email}>
            {user.email}
          </p>
          <div className="mt-1">
            <Badge tone="info">{user.role}</Badge>
          </div>
          <div className="mt-2 flex items-center justify-between">
            <SignOutButton />
            <ThemeToggle />
          </div>
        </div>
      </aside>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1 px-6 py-5 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
