"use client";

import { useState, type FormEvent } from "react";
import { SCOPE_DESCRIPTIONS, SCOPES, type CreateApiKeyInput, type CreatedApiKey, type Scope } from "@/queries/access";
import { useCreateApiKey } from "@/queries/apiKeys";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";
import { focusRing } from "@/components/ui/styles";

interface ApiKeyDraft {
  name: string;
  scopes: Scope[];
  rateLimitPerSec: string;
}

const EMPTY_KEY: ApiKeyDraft = { name: "", scopes: ["ingest"], rateLimitPerSec: "" };

/** The request body; an empty rate limit means "server default", so it is left out. */
export function apiKeyInput(draft: ApiKeyDraft): CreateApiKeyInput {
  const rate = draft.rateLimitPerSec.trim();
  return { name: draft.name.trim(), scopes: draft.scopes, ...(rate ? { rateLimitPerSec: Number(rate) } : {}) };
}

function toggleScope(scopes: Scope[], scope: Scope, on: boolean): Scope[] {
  return on ? SCOPES.filter((s) => s === scope || scopes.includes(s)) : scopes.filter((s) => s !== scope);
}

export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const createKey = useCreateApiKey();
  const [draft, setDraft] = useState(EMPTY_KEY);

  function submit(event: FormEvent) {
    event.preventDefault();
    createKey.mutate(apiKeyInput(draft), {
      onSuccess: (key) => {
        setDraft(EMPTY_KEY);
        onCreated(key);
      },
    });
  }

  return (
    <Card labelledBy="create-key-heading">
      <CardHeader id="create-key-heading" title="Create an API key" description="For agents, relays, rollout systems and scripts. The secret is shown once." />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <TextField label="Name" required placeholder="e.g. EU relay" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <TextField
            label="Rate limit (requests per second)"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            placeholder="server default"
            value={draft.rateLimitPerSec}
            onChange={(e) => setDraft({ ...draft, rateLimitPerSec: e.target.value })}
          />
        </div>
        <fieldset>
          <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Scopes</legend>
          <div className="mt-1 grid grid-cols-1 gap-1.5 md:grid-cols-2">
            {SCOPES.map((scope) => (
              <label
                key={scope}
                className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 px-2.5 py-1.5 text-sm dark:border-slate-800"
              >
                <input
                  type="checkbox"
                  checked={draft.scopes.includes(scope)}
                  onChange={(e) => setDraft({ ...draft, scopes: toggleScope(draft.scopes, scope, e.target.checked) })}
                  className={`mt-0.5 size-3.5 accent-indigo-600 ${focusRing}`}
                />
                <span>
                  <span className="font-mono text-xs font-medium text-slate-900 dark:text-slate-100">{scope}</span>
                  <span className="block text-xs text-slate-500 dark:text-slate-400">{SCOPE_DESCRIPTIONS[scope]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormError error={createKey.error} />
        <Button type="submit" variant="primary" disabled={createKey.isPending || draft.scopes.length === 0}>
          {createKey.isPending ? "Creating…" : "Create key"}
        </Button>
      </form>
    </Card>
  );
}
