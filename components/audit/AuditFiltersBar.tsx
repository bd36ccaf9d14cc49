"use client";

import { useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { ACTION_SUGGESTIONS, TARGET_TYPE_OPTIONS, actionProblem, auditCsvHref, draftOf, filterOfDraft, type AuditFilter } from "./auditFilter";
import { filterBar } from "@/components/ui/styles";

const ACTIONS_LIST_ID = "audit-action-suggestions";

/**
 * Actor, target type and action, applied together (typing does not refetch on every key); the
 * parent keys this by the URL so the fields follow it. The CSV link downloads what the filter matches.
 */
export function AuditFiltersBar({ filter, onApply }: { filter: AuditFilter; onApply: (next: AuditFilter) => void }) {
  const [draft, setDraft] = useState(() => draftOf(filter));
  const [submitted, setSubmitted] = useState(false);
  const problem = actionProblem(draft.action);
  const active = Boolean(filter.actor || filter.action || filter.targetType);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!problem) onApply(filterOfDraft(draft, filter));
  }

  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={submit} className={`${filterBar} items-start`}>
      <TextField
        label="Actor"
        placeholder="ann@example.com, key:deployer, system"
        value={draft.actor}
        onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
        wrapperClassName="w-64 max-sm:col-span-2"
      />
      <SelectField
        label="Target type"
        options={TARGET_TYPE_OPTIONS}
        value={draft.targetType}
        onChange={(e) => setDraft({ ...draft, targetType: e.target.value })}
        wrapperClassName="w-36"
      />
      <TextField
        label="Action"
        placeholder="webhook.created, or webhook."
        list={ACTIONS_LIST_ID}
        value={draft.action}
        onChange={(e) => setDraft({ ...draft, action: e.target.value })}
        error={submitted && problem ? problem : undefined}
        wrapperClassName="w-64"
      />
      <datalist id={ACTIONS_LIST_ID}>
        {ACTION_SUGGESTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="flex flex-wrap items-center gap-2 pt-5 max-sm:col-span-2 max-sm:pt-0">
        <Button type="submit" variant="primary">
          Filter
        </Button>
        {active ? (
          <Button variant="ghost" onClick={() => onApply({})}>
            Clear filters
          </Button>
        ) : null}
        {/* A plain link: the browser downloads the file with the session cookie, as for remediation. */}
        <a href={auditCsvHref(filter)} download className={buttonClasses("secondary")}>
          Export CSV
        </a>
      </div>
    </form>
  );
}
