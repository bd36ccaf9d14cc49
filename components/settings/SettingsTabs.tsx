"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { focusRing } from "@/components/ui/styles";
import { isActiveSection } from "@/components/shell/navigation";
import { SETTINGS_SECTIONS } from "./settingsSections";

export function SettingsTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings sections" className="mb-4 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex gap-4">
        {SETTINGS_SECTIONS.map((tab) => {
          const active = isActiveSection(pathname, tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-t border-b-2 px-1 pb-2 text-sm font-medium ${focusRing} ${
                  active
                    ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                    : "border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800 dark:text-slate-400 dark:hover:text-slate-200"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
