"use client";

import { useState } from "react";
import type { ApiKey } from "@/queries/access";
import { useApiKeys, useRevokeApiKey } from "@/queries/apiKeys";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";

const cell = "px-3 py-2 align-middle";
const HEADERS = ["Key", "Scopes", "Rate limit", "Created", "Last used", "Status"] as const;

function ApiKeyRow({ apiKey, onRevoke, rows }: { apiKey: ApiKey; onRevoke: () => void; rows: ReturnType<typeof useRowNavigation> }) {
  const revoked = apiKey.revokedAt !== null;
  return (
    <tr {...rows.rowProps({ className: revoked ? "text-slate-500 dark:text-slate-400" : "" })}>
      <th scope="row" className={`${cell} font-normal`}>
        <span className="block font-medium text-slate-900 dark:text-slate-100">{apiKey.name}</span>
        <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">{apiKey.prefix}…</span>
      </th>
      <td className={cell}>
        <span className="flex flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <Badge key={scope} tone={scope === "admin" ? "warning" : "neutral"}>
              {scope}
            </Badge>
          ))}
        </span>
      </td>
      <td className={`${cell} tabular-nums`}>{apiKey.rateLimitPerSec ? `${apiKey.rateLimitPerSec}/s` : "default"}</td>
      <td className={cell}>
        <RelativeTime iso={apiKey.createdAt} />
        {apiKey.createdBy ? <span className="block text-xs text-slate-500 dark:text-slate-400">by {apiKey.createdBy}</span> : null}
      </td>
      <td className={cell}>
        <RelativeTime iso={apiKey.lastUsedAt} fallback="never" />
      </td>
      <td className={cell}>{revoked ? <Badge tone="muted">revoked</Badge> : <Badge tone="success">active</Badge>}</td>
      <td className={`${cell} text-right`}>
        {revoked ? null : (
          <Button size="sm" variant="danger" onClick={onRevoke} aria-label={`Revoke ${apiKey.name}`} aria-haspopup="dialog" {...rowPrimaryProps}>
            Revoke
          </Button>
        )}
      </td>
    </tr>
  );
}

export function ApiKeyTable() {
  const keys = useApiKeys();
  const revokeKey = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const rows = useRowNavigation();

  function close() {
    setRevoking(null);
    revokeKey.reset();
  }

  function body() {
    if (keys.isPending) return <TableSkeleton rows={3} columns={6} label="Loading API keys" />;
    if (keys.isError) return <ErrorState title="Could not load API keys" error={keys.error} onRetry={() => keys.refetch()} />;
    if (keys.data.length === 0) return <EmptyState title="No API keys yet">Create one below for each agent fleet, relay or script.</EmptyState>;
    return (
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">API keys</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {keys.data.map((apiKey) => (
            <ApiKeyRow key={apiKey.id} apiKey={apiKey} rows={rows} onRevoke={() => setRevoking(apiKey)} />
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <Card labelledBy="api-keys-heading">
      <CardHeader id="api-keys-heading" title="API keys" description="Send as Authorization: Bearer <key>. Only the prefix is stored in readable form." />
      <div className="relative overflow-x-auto">{body()}</div>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? "key"}”?`}
        confirmLabel="Revoke key"
        pending={revokeKey.isPending}
        error={revokeKey.error}
        onCancel={close}
        onConfirm={() => revoking && revokeKey.mutate(revoking.id, { onSuccess: close })}
      >
        Requests with this key are refused from now on. This cannot be undone: agents that use it need a new key.
      </ConfirmDialog>
    </Card>
  );
}
