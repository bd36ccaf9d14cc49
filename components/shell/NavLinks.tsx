"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Role } from "@/queries/access";
import { focusRing } from "@/components/ui/styles";
import { isActiveSection, navItemsFor } from "./navigation";

export function NavLinks({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {navItemsFor(role).map(({ href, label, icon: NavIcon }) => {
        const active = isActiveSection(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={`flex items-center gap-2.5 rounded-md px-2.5 py-3 text-sm font-medium lg:py-1.5 ${focusRing} ${
                active
                  ? "bg-indigo-50 text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300"
                  : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100"
              }`}
            >
              <NavIcon className="size-4 shrink-0" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
