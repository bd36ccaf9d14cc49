"use client";

import { useState, type FormEvent } from "react";
import { useCreateRelease } from "@/queries/releases";
import type { CreateReleaseInput, Release } from "@/queries/rollouts";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { TextAreaField, TextField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";

const EMPTY_RELEASE = { component: "", version: "", notes: "" };
const MAX_NOTES = 4000;

function releaseInput(draft: typeof EMPTY_RELEASE): CreateReleaseInput {
  const notes = draft.notes.trim();
  return { component: draft.component.trim(), version: draft.version.trim(), ...(notes ? { notes } : {}) };
}

export function CreateReleaseForm({ onCreated, onClose }: { onCreated: (release: Release) => void; onClose: () => void }) {
  const createRelease = useCreateRelease();
  const [draft, setDraft] = useState(EMPTY_RELEASE);
  const edit = (change: Partial<typeof EMPTY_RELEASE>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    createRelease.mutate(releaseInput(draft), { onSuccess: onCreated });
  }

  return (
    <Card labelledBy="new-release-heading">
      <CardHeader
        id="new-release-heading"
        title="New release"
        description="A component version that deployments can roll out. Each component and version pair exists once."
        actions={
          <Button size="sm" variant="ghost" onClick={onClose}>
            Close
          </Button>
        }
      />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <TextField
            label="Component"
            required
            maxLength={64}
            autoComplete="off"
            placeholder="e.g. agent"
            value={draft.component}
            onChange={(e) => edit({ component: e.target.value })}
          />
          <TextField
            label="Version"
            required
            maxLength={128}
            autoComplete="off"
            placeholder="e.g. 7.12.0"
            className="font-mono"
            value={draft.version}
            onChange={(e) => edit({ version: e.target.value })}
          />
        </div>
        <TextAreaField
          label="Release notes"
          rows={2}
          maxLength={MAX_NOTES}
          hint="Optional. Shown to whoever starts or reviews a deployment."
          value={draft.notes}
          onChange={(e) => edit({ notes: e.target.value })}
        />
        <FormError error={createRelease.error} />
        <Button type="submit" variant="primary" disabled={createRelease.isPending}>
          {createRelease.isPending ? "Creating…" : "Create release"}
        </Button>
      </form>
    </Card>
  );
}
