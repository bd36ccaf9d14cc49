"use client";

import { useDeliveryLog, useRedeliver } from "@/queries/webhooks";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { FormError } from "@/components/ui/FormError";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { tableBody } from "@/components/ui/styles";
import { useRowNavigation } from "@/components/ui/useRowNavigation";

const cell = "px-3 py-1.5 align-top";
const OUTCOME_TONE = { delivered: "success", failed: "warning", dead: "danger" } as const;

/** The endpoint's recent attempts: what was sent, what it answered, and a way to send one again. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const log = useDeliveryLog(webhookId);
  const redeliver = useRedeliver(webhookId);
  const rows = useRowNavigation();
  if (log.isPending) return <TableSkeleton rows={3} columns={5} label="Loading deliveries" />;
  if (log.isError) return <ErrorState title="Could not load deliveries" error={log.error} onRetry={() => log.refetch()} />;
  if (log.data.length === 0) return <EmptyState title="No deliveries yet">Send a test to check the endpoint.</EmptyState>;
  return (
    <div className="relative overflow-x-auto">
      <FormError error={redeliver.error} />
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Delivery attempts</caption>
        <thead className="text-slate-500 dark:text-slate-400">
          <tr>
            {["When", "Event", "Outcome", "Answer", "Message id"].map((h) => (
              <th key={h} scope="col" className={`${cell} font-medium`}>
                {h}
              </th>
            ))}
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {log.data.map((attempt) => (
            <tr key={attempt.id} {...rows.rowProps()}>
              <td className={cell}>
                <RelativeTime iso={attempt.attemptedAt} />
              </td>
              <td className={`${cell} font-mono`}>{attempt.type}</td>
              <td className={cell}>
                <Badge tone={OUTCOME_TONE[attempt.outcome]}>{attempt.outcome}</Badge>
              </td>
              <td className={cell}>
                <span className="tabular-nums">
                  {attempt.statusCode ?? "no answer"} · {attempt.latencyMs} ms
                </span>
                {attempt.error || attempt.response ? (
                  <span className="block max-w-md truncate text-slate-500 dark:text-slate-400" title={attempt.error ?? attempt.response ?? ""}>
                    {attempt.error ?? attempt.response}
                  </span>
                ) : null}
              </td>
              <td className={`${cell} font-mono text-slate-500 dark:text-slate-400`}>{attempt.messageId}</td>
              <td className={`${cell} text-right`}>
                <Button
                  size="sm"
                  disabled={redeliver.isPending}
                  onClick={() => redeliver.mutate(attempt.deliveryId)}
                  aria-label={`Redeliver ${attempt.messageId}`}
                >
                  Redeliver
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
