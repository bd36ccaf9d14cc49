import Link from "next/link";
import type { UseQueryResult } from "@tanstack/react-query";
import type { Alert } from "@/queries/alerts";
import type { Page } from "@/queries/rollouts";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { BellIcon } from "@/components/ui/icons";
import { RefreshFailed } from "@/components/ui/RefreshFailed";
import { Skeleton } from "@/components/ui/Skeleton";
import { focusRing, linkText } from "@/components/ui/styles";
import { AlertItem } from "./AlertItem";

interface AlertPanelProps {
  id: string;
  alerts: UseQueryResult<Page<Alert>>;
  unreadWhenOpened: ReadonlySet<string>;
  showDeliveryLog: boolean;
  onNavigate: () => void;
}

const LOADING_ROWS = 4;

function AlertsLoading() {
  return (
    <div role="status" aria-label="Loading alerts" className="divide-y divide-slate-100 dark:divide-slate-800">
      {Array.from({ length: LOADING_ROWS }, (_, row) => (
        <div key={row} className="flex gap-2.5 px-3 py-3">
          <Skeleton className="mt-1 size-2 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-3 w-4/5" />
            <Skeleton className="h-2.5 w-1/2" />
          </div>
        </div>
      ))}
    </div>
  );
}

function AlertList({ alerts, unreadWhenOpened, onNavigate }: Pick<AlertPanelProps, "alerts" | "unreadWhenOpened" | "onNavigate">) {
  if (alerts.isPending) return <AlertsLoading />;
  if (alerts.isError && !alerts.data) return <ErrorState title="Could not load alerts" error={alerts.error} onRetry={() => void alerts.refetch()} />;
  const items = alerts.data?.items ?? [];
  return (
    <>
      {alerts.isError ? <RefreshFailed message={alerts.error.message} what="alerts" /> : null}
      {items.length === 0 ? (
        <EmptyState title="No alerts yet" icon={<BellIcon className="size-6" />}>
          Anomalies and deployment pauses, halts, rollbacks and promotions show up here as they happen.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((alert) => (
            <AlertItem key={alert.id} alert={alert} isNew={unreadWhenOpened.has(alert.id)} onNavigate={onNavigate} />
          ))}
        </ul>
      )}
    </>
  );
}

export function AlertPanel({ id, alerts, unreadWhenOpened, showDeliveryLog, onNavigate }: AlertPanelProps) {
  return (
    <section
      id={id}
      aria-label="Recent alerts"
      className="absolute left-full top-0 z-40 ml-3 flex max-h-[calc(100vh-1.5rem)] w-[27rem] flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xl shadow-slate-900/10 dark:border-slate-700 dark:bg-slate-900 dark:shadow-black/40"
    >
      <header className="flex items-baseline justify-between gap-3 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-white">Alerts</h2>
        <p className="text-xs text-slate-500 dark:text-slate-400">Newest first, with webhook delivery</p>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <AlertList alerts={alerts} unreadWhenOpened={unreadWhenOpened} onNavigate={onNavigate} />
      </div>
      <footer className="flex items-center justify-between gap-3 border-t border-slate-200 bg-slate-50 px-3 py-2 text-xs dark:border-slate-800 dark:bg-slate-900/60">
        <Link href="/alerts" onClick={onNavigate} className={`rounded font-medium ${linkText} ${focusRing}`}>
          All alerts
        </Link>
        {showDeliveryLog ? (
          <Link href="/settings/webhooks" onClick={onNavigate} className={`rounded font-medium ${linkText} ${focusRing}`}>
            Webhook delivery log
          </Link>
        ) : null}
      </footer>
    </section>
  );
}
