import Link from "next/link";
import { focusRing } from "@/components/ui/styles";
import { DEPLOYMENT_TABS, deploymentTabHref, type DeploymentTab } from "./deploymentTabs";

const withQuery = (href: string, q: string) => (q ? `${href}${href.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}` : href);

/** The tabs keep the search text (`query`), so switching tab searches the same words. */
export function DeploymentTabs({ active, query = "" }: { active: DeploymentTab; query?: string }) {
  return (
    <nav aria-label="Deployment status" className="border-b border-slate-200 px-3 dark:border-slate-800">
      <ul className="-mb-px flex gap-4">
        {DEPLOYMENT_TABS.map((tab) => {
          const current = tab.id === active;
          return (
            <li key={tab.id}>
              <Link
                href={withQuery(deploymentTabHref(tab.id), query)}
                aria-current={current ? "page" : undefined}
                title={tab.description}
                scroll={false}
                className={`inline-block rounded-t border-b-2 px-1 pb-2 pt-2.5 text-sm font-medium ${focusRing} ${
                  current
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
