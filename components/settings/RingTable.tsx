"use client";

import { useState } from "react";
import { useRings, useUpdateRing } from "@/queries/rings";
import type { Ring } from "@/queries/rollouts";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { FormError } from "@/components/ui/FormError";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { controlBase } from "@/components/ui/styles";
import { PercentTotal } from "./PercentTotal";
import { draftPercent, ringChange, ringDraftOf, type RingDraft } from "./ringDraft";

const cell = "px-3 py-2 align-middle";

interface RingRowProps {
  ring: Ring;
  draft: RingDraft;
  busy: boolean;
  onDraft: (draft: RingDraft | null) => void;
  onSave: (edit: ReturnType<typeof ringChange>) => void;
}

function RingRow({ ring, draft, busy, onDraft, onSave }: RingRowProps) {
  const edit = ringChange(ring, draft);
  const dirty = edit.problem !== undefined || edit.change !== null;
  return (
    <tr>
      <td className={cell}>
        <input
          type="number"
          min={0}
          max={1000}
          step={1}
          aria-label={`Order of ${ring.name}`}
          value={draft.order}
          onChange={(e) => onDraft({ ...draft, order: e.target.value })}
          className={`${controlBase} w-20 py-1 tabular-nums`}
        />
      </td>
      <th scope="row" className={`${cell} font-medium text-slate-900 dark:text-slate-100`}>
        {ring.name}
      </th>
      <td className={cell}>
        <span className="flex items-center gap-1.5">
          <input
            type="number"
            min={0}
            max={100}
            step="any"
            aria-label={`Percent of ${ring.name}`}
            placeholder="pinned only"
            value={draft.percent}
            onChange={(e) => onDraft({ ...draft, percent: e.target.value })}
            className={`${controlBase} w-28 py-1 tabular-nums`}
          />
          <span className="text-xs text-slate-500">%</span>
        </span>
        {edit.problem ? <span className="mt-1 block text-xs text-red-700 dark:text-red-400">{edit.problem}</span> : null}
      </td>
      <td className={`${cell} text-right`}>
        <span className="inline-flex gap-1.5">
          {dirty ? (
            <Button size="sm" variant="ghost" onClick={() => onDraft(null)} disabled={busy} aria-label={`Undo changes to ${ring.name}`}>
              Undo
            </Button>
          ) : null}
          <Button size="sm" variant="primary" onClick={() => onSave(edit)} disabled={busy || !edit.change} aria-label={`Save ${ring.name}`}>
            {busy ? "Saving…" : "Save"}
          </Button>
        </span>
      </td>
    </tr>
  );
}

export function RingTable() {
  const rings = useRings();
  const updateRing = useUpdateRing();
  const [drafts, setDrafts] = useState<Record<string, RingDraft>>({});
  const draftOf = (ring: Ring) => drafts[ring.id] ?? ringDraftOf(ring);

  function setDraft(id: string, draft: RingDraft | null) {
    setDrafts(({ [id]: _old, ...rest }) => (draft ? { ...rest, [id]: draft } : rest));
  }

  function save(ring: Ring, edit: ReturnType<typeof ringChange>) {
    if (!edit.change) return;
    updateRing.mutate({ id: ring.id, change: edit.change }, { onSuccess: () => setDraft(ring.id, null) });
  }

  function body() {
    if (rings.isPending) return <TableSkeleton rows={3} columns={4} label="Loading rings" />;
    if (rings.isError) return <ErrorState title="Could not load rings" error={rings.error} onRetry={() => rings.refetch()} />;
    if (rings.data.length === 0) return <EmptyState title="No rings yet">Add the first ring below. Rollouts go through rings in order.</EmptyState>;
    return (
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">Rings in rollout order</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {["Order", "Ring", "Share of unpinned devices"].map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
            <th scope="col" className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rings.data.map((ring) => (
            <RingRow
              key={ring.id}
              ring={ring}
              draft={draftOf(ring)}
              busy={updateRing.isPending && updateRing.variables?.id === ring.id}
              onDraft={(draft) => setDraft(ring.id, draft)}
              onSave={(edit) => save(ring, edit)}
            />
          ))}
        </tbody>
      </table>
    );
  }

  const failedRing = rings.data?.find((r) => r.id === updateRing.variables?.id);
  return (
    <Card labelledBy="rings-heading">
      <CardHeader
        id="rings-heading"
        title="Rings"
        description="Rollouts go through rings by order. A device's ring is the one its heartbeats name, else a stable hash of its id into the rings by percent; a ring without a percent holds only pinned devices."
      />
      {updateRing.error ? (
        <div className="px-4 pt-3">
          <p className="mb-1 text-xs text-slate-500 dark:text-slate-400">Saving {failedRing?.name ?? "the ring"} failed:</p>
          <FormError error={updateRing.error} />
        </div>
      ) : null}
      <div className="overflow-x-auto">{body()}</div>
      {rings.data && rings.data.length > 0 ? (
        <PercentTotal saved={rings.data.map((r) => r.percent)} drafted={rings.data.map((r) => (drafts[r.id] ? draftPercent(drafts[r.id]) : r.percent))} />
      ) : null}
    </Card>
  );
}
