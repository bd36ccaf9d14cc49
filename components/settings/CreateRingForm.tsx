"use client";

import { useState, type FormEvent } from "react";
import { useCreateRing, useRings } from "@/queries/rings";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";
import { EMPTY_NEW_RING, newRingInput, nextRingOrder, type NewRingDraft } from "./ringDraft";

export function CreateRingForm() {
  const rings = useRings();
  const createRing = useCreateRing();
  const [draft, setDraft] = useState<NewRingDraft>(EMPTY_NEW_RING);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const edit = (change: Partial<NewRingDraft>) => setDraft((current) => ({ ...current, ...change }));
  const suggestedOrder = String(nextRingOrder(rings.data ?? []));

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const input = newRingInput({ ...draft, order: draft.order || suggestedOrder });
    setProblem(input.ok ? null : input.problem);
    if (!input.ok) return;
    createRing.mutate(input.value, {
      onSuccess: (ring) => {
        setCreated(ring.name);
        setDraft(EMPTY_NEW_RING);
      },
    });
  }

  return (
    <Card labelledBy="create-ring-heading">
      <CardHeader
        id="create-ring-heading"
        title="Add a ring"
        description="Lower-case letters, digits, - and _. Leave the percent empty for a ring of pinned devices only."
      />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <TextField
            label="Name"
            required
            maxLength={64}
            autoComplete="off"
            placeholder="e.g. pilot"
            pattern="[a-z0-9][a-z0-9_\-]*"
            value={draft.name}
            onChange={(e) => edit({ name: e.target.value })}
          />
          <TextField
            label="Order"
            type="number"
            min={0}
            max={1000}
            step={1}
            placeholder={suggestedOrder}
            hint="Lower goes first"
            value={draft.order}
            onChange={(e) => edit({ order: e.target.value })}
          />
          <TextField
            label="Percent"
            type="number"
            min={0}
            max={100}
            step="any"
            placeholder="pinned only"
            hint="Share of unpinned devices"
            value={draft.percent}
            onChange={(e) => edit({ percent: e.target.value })}
          />
        </div>
        {problem ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {problem}
          </p>
        ) : null}
        <FormError error={createRing.error} />
        {created ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Added ring {created}.
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={createRing.isPending}>
          {createRing.isPending ? "Adding…" : "Add ring"}
        </Button>
      </form>
    </Card>
  );
}
