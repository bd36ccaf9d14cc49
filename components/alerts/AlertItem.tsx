import Link from "next/link";
import type { Alert } from "@/queries/alerts";
import { LookBadge } from "@/components/deployments/DeploymentBadges";
import { TONE_DOT } from "@/components/deployments/deploymentLook";
import { SEVERITY_LOOK } from "@/components/anomalies/anomalyLook";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { focusRing } from "@/components/ui/styles";
import { deliveryLook } from "./deliveryLook";

interface AlertItemProps {
  alert: Alert;
  /** Arrived since the user last opened the panel. */
  isNew: boolean;
  onNavigate: () => void;
}

export function AlertItem({ alert, isNew, onNavigate }: AlertItemProps) {
  const severity = SEVERITY_LOOK[alert.severity];
  return (
    <li>
      <Link
        href={alert.href}
        onClick={onNavigate}
        className={`flex items-start gap-2.5 px-3 py-2.5 hover:bg-slate-50 focus-visible:bg-indigo-50 dark:hover:bg-slate-800/60 dark:focus-visible:bg-indigo-500/10 ${focusRing} focus-visible:ring-inset focus-visible:ring-offset-0 ${
          isNew ? "bg-indigo-50/60 shadow-[inset_3px_0_0_0_#6366f1] dark:bg-indigo-500/10" : ""
        }`}
      >
        <span aria-hidden="true" title={severity.label} className="mt-1.5 size-2 shrink-0 rounded-full" style={{ backgroundColor: TONE_DOT[severity.tone] }} />
        <span className="min-w-0 flex-1">
          <span className="sr-only">{`${isNew ? "New, " : ""}${severity.label}: `}</span>
          <span className="line-clamp-2 text-[13px] font-medium leading-snug text-slate-900 dark:text-slate-100">{alert.title}</span>
          <span className="mt-1 flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
            <span className="shrink-0 font-medium text-slate-600 dark:text-slate-300">{alert.ring ?? "all rings"}</span>
            <span aria-hidden="true">·</span>
            <RelativeTime iso={alert.at} />
            {alert.actor ? (
              <span className="min-w-0 truncate" title={alert.actor}>
                <span aria-hidden="true">· </span>by {alert.actor}
              </span>
            ) : null}
            <span className="ml-auto shrink-0 pl-1">
              <LookBadge look={deliveryLook(alert.delivery)} />
            </span>
          </span>
        </span>
      </Link>
    </li>
  );
}
