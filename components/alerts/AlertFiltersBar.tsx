"use client";

import { deploymentName, shortId } from "@/core/names";
import { useLiveDeployments } from "@/queries/deployments";
import { SEVERITIES } from "@/schemas/anomalies";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { SEVERITY_LOOK } from "@/components/anomalies/anomalyLook";
import { focusRing } from "@/components/ui/styles";
import {
  ALERT_RANGES,
  CLEARED_ALERT_FILTERS,
  RANGE_LABELS,
  hasActiveAlertFilters,
  parseAlertFilters,
  type AlertFilters,
  type AlertRange,
} from "./alertFilters";

const KIND_OPTIONS = [
  { value: "", label: "All alerts" },
  { value: "anomaly", label: "Anomalies" },
  { value: "deployment", label: "Deployments" },
];
const SEVERITY_OPTIONS = [{ value: "", label: "All severities" }, ...SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LOOK[s].label })).reverse()];
const RANGE_OPTIONS = [{ value: "", label: "Any time" }, ...(Object.keys(ALERT_RANGES) as AlertRange[]).map((r) => ({ value: r, label: RANGE_LABELS[r] }))];

/** Re-parses one select value through the URL rules, so no unchecked cast is needed. */
function parsedField<K extends keyof AlertFilters>(key: K, value: string): AlertFilters[K] {
  return parseAlertFilters(new URLSearchParams({ [key]: value }))[key];
}

/** Live deployments by name, plus the one in the URL when it is no longer live. */
function useDeploymentOptions(selected: string) {
  const live = useLiveDeployments();
  const options = (live.data ?? []).map((d) => ({ value: d.id, label: deploymentName(d) }));
  if (selected && !options.some((o) => o.value === selected)) options.unshift({ value: selected, label: `deployment ${shortId(selected)}` });
  return [{ value: "", label: "All deployments" }, ...options];
}

export function AlertFiltersBar({ filters, onChange }: { filters: AlertFilters; onChange: (change: Partial<AlertFilters>) => void }) {
  const deploymentOptions = useDeploymentOptions(filters.deploymentId);
  return (
    <form role="search" aria-label="Filter alerts" onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-2">
      <SelectField
        label="Kind"
        options={KIND_OPTIONS}
        value={filters.kind}
        onChange={(e) => onChange({ kind: parsedField("kind", e.target.value) })}
        wrapperClassName="w-36"
      />
      <SelectField
        label="Severity"
        options={SEVERITY_OPTIONS}
        value={filters.severity}
        onChange={(e) => onChange({ severity: parsedField("severity", e.target.value) })}
        wrapperClassName="w-40"
      />
      <SelectField
        label="Deployment"
        options={deploymentOptions}
        value={filters.deploymentId}
        onChange={(e) => onChange({ deploymentId: e.target.value })}
        wrapperClassName="w-64 max-w-full"
      />
      <SelectField
        label="Time"
        options={RANGE_OPTIONS}
        value={filters.range}
        onChange={(e) => onChange({ range: parsedField("range", e.target.value) })}
        wrapperClassName="w-36"
      />
      <label className="flex h-[34px] items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        {/* Uncontrolled, keyed by the URL's value: it flips at once, while the URL (and so the filter) follows a moment later. */}
        <input
          key={String(filters.unread)}
          type="checkbox"
          defaultChecked={filters.unread}
          onChange={(e) => onChange({ unread: e.target.checked })}
          className={`size-4 rounded border-slate-300 text-indigo-600 dark:border-slate-600 ${focusRing}`}
        />
        Unread only
      </label>
      {hasActiveAlertFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange(CLEARED_ALERT_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
