"use client";

import { useState } from "react";
import { useRings, useUpdateRings } from "@/queries/rings";
import type { Ring } from "@/queries/rollouts";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { FormError } from "@/components/ui/FormError";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { controlBase, tableBody } from "@/components/ui/styles";
import { useRowNavigation } from "@/components/ui/useRowNavigation";
import { PercentTotal } from "./PercentTotal";
import { draftPercent, ringChange, ringDraftOf, ringsChange, type RingDraft } from "./ringDraft";

const cell = "px-3 py-2 align-middle";

interface RingRowProps {
  ring: Ring;
  draft: RingDraft;
  saving: boolean;
  onDraft: (draft: RingDraft | null) => void;
  rows: ReturnType<typeof useRowNavigation>;
}

function RingRow({ ring, draft, saving, onDraft, rows }: RingRowProps) {
  const edit = ringChange(ring, draft);
  const changed = edit.change != null;
  const dirty = edit.problem !== undefined || changed;
  return (
    <tr {...rows.rowProps({ className: changed ? "bg-amber-50/70 dark:bg-amber-950/20" : "" })}>
      <td className={cell}>
        <input
          type="number"
          min={0}
          max={1000}
          step={1}
          aria-label={`Order of ${ring.name}`}
          value={draft.order}
          disabled={saving}
          onChange={(e) => onDraft({ ...draft, order: e.target.value })}
          className={`${controlBase} w-20 py-1 tabular-nums`}
        />
      </td>
      <th scope="row" className={`${cell} font-medium text-slate-900 dark:text-slate-100`}>
        {ring.name}
        {changed ? <span className="ml-1.5 text-xs font-normal text-amber-700 dark:text-amber-400">(unsaved)</span> : null}
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
            disabled={saving}
            onChange={(e) => onDraft({ ...draft, percent: e.target.value })}
            className={`${controlBase} w-28 py-1 tabular-nums`}
          />
          <span className="text-xs text-slate-500 dark:text-slate-400">%</span>
        </span>
        {edit.problem ? <span className="mt-1 block text-xs text-red-700 dark:text-red-400">{edit.problem}</span> : null}
      </td>
      <td className={`${cell} text-right`}>
        {dirty ? (
          <Button size="sm" variant="ghost" onClick={() => onDraft(null)} disabled={saving} aria-label={`Undo changes to ${ring.name}`}>
            Undo
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

export function RingTable() {
  const rings = useRings();
  const updateRings = useUpdateRings();
  const [drafts, setDrafts] = useState<Record<string, RingDraft>>({});
  const [savedNames, setSavedNames] = useState<string[] | null>(null);
  const draftOf = (ring: Ring) => drafts[ring.id] ?? ringDraftOf(ring);
  const edit = ringsChange(rings.data ?? [], drafts);
  const saving = updateRings.isPending;
  const dirty = edit.rings.length > 0 || edit.problems.length > 0;
  const canSave = !saving && edit.rings.length > 0 && edit.problems.length === 0;
  const rows = useRowNavigation();

  function setDraft(id: string, draft: RingDraft | null) {
    setDrafts(({ [id]: _old, ...rest }) => (draft ? { ...rest, [id]: draft } : rest));
    setSavedNames(null);
    // The refusal was about the previous drafts; keep it only until they change.
    if (updateRings.isError) updateRings.reset();
  }

  function save() {
    if (!canSave) return;
    const names = edit.names;
    setSavedNames(null);
    updateRings.mutate(
      { rings: edit.rings },
      {
        onSuccess: () => {
          setDrafts({});
          setSavedNames(names);
        },
      },
    );
  }

  function discard() {
    setDrafts({});
    setSavedNames(null);
    updateRings.reset();
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
        <tbody {...rows.listProps} className={tableBody}>
          {rings.data.map((ring) => (
            <RingRow key={ring.id} rows={rows} ring={ring} draft={draftOf(ring)} saving={saving} onDraft={(draft) => setDraft(ring.id, draft)} />
          ))}
        </tbody>
      </table>
    );
  }

  const savedPercents = (rings.data ?? []).map((r) => r.percent);
  const draftedPercents = (rings.data ?? []).map((r) => (drafts[r.id] ? draftPercent(drafts[r.id]) : r.percent));
  const saveHint = edit.problems.length > 0 ? `Fix ${edit.problems.map((p) => p.name).join(", ")} to save.` : null;
  return (
    <Card labelledBy="rings-heading">
      <CardHeader
        id="rings-heading"
        title="Rings"
        description="Rollouts go through rings by order. A device's ring is the one its heartbeats name, else a stable hash of its id into the rings by percent; a ring without a percent holds only pinned devices. Changes are saved together, so percentages can be moved from one ring to another."
      />
      <div className="relative overflow-x-auto">{body()}</div>
      {rings.data && rings.data.length > 0 ? (
        <div className="space-y-2 border-t border-slate-200 px-3 py-2 dark:border-slate-800">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <div className="min-w-0 flex-1">
              <PercentTotal saved={savedPercents} drafted={draftedPercents} />
            </div>
            {saveHint ? <span className="text-xs text-red-700 dark:text-red-400">{saveHint}</span> : null}
            {savedNames ? (
              <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
                Saved {savedNames.join(", ")}.
              </span>
            ) : null}
            <Button size="sm" variant="ghost" onClick={discard} disabled={saving || !dirty}>
              Discard
            </Button>
            <Button size="sm" variant="primary" onClick={save} disabled={!canSave}>
              {saving ? "Saving…" : "Save changes"}
            </Button>
          </div>
          <FormError error={updateRings.error} />
        </div>
      ) : null}
    </Card>
  );
}
