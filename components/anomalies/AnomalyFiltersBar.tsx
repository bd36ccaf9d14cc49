"use client";

import { useLiveDeployments } from "@/queries/deployments";
import { useRingNames } from "@/queries/rings";
import { ANOMALY_KINDS, SEVERITIES } from "@/schemas/anomalies";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { KIND_LOOK, SEVERITY_LOOK, releaseName } from "./anomalyLook";
import { filterBar } from "@/components/ui/styles";
import {
  CLEARED_ANOMALY_FILTERS,
  STATUS_CHOICES,
  STATUS_CHOICE_LABELS,
  hasActiveAnomalyFilters,
  parseAnomalyFilters,
  type AnomalyFilters,
} from "./anomalyFilters";

const STATUS_OPTIONS = STATUS_CHOICES.map((status) => ({ value: status, label: STATUS_CHOICE_LABELS[status] }));
const SEVERITY_OPTIONS = [{ value: "", label: "All severities" }, ...SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LOOK[s].label })).reverse()];
const KIND_OPTIONS = [{ value: "", label: "All kinds" }, ...ANOMALY_KINDS.map((k) => ({ value: k, label: KIND_LOOK[k].label }))];
const SHORT_ID = 8;

/** Re-parses one select value through the URL rules, so no unchecked cast is needed. */
function parsedField<K extends keyof AnomalyFilters>(key: K, value: string): AnomalyFilters[K] {
  return parseAnomalyFilters(new URLSearchParams({ [key]: value }))[key];
}

/** Live deployments by name, plus the one in the URL when it is no longer live. */
function useDeploymentOptions(selected: string) {
  const live = useLiveDeployments();
  const options = (live.data ?? []).map((d) => ({ value: d.id, label: releaseName(d.component, d.version) }));
  if (selected && !options.some((o) => o.value === selected)) options.unshift({ value: selected, label: `deployment ${selected.slice(0, SHORT_ID)}` });
  return [{ value: "", label: "All deployments" }, ...options];
}

export function AnomalyFiltersBar({ filters, onChange }: { filters: AnomalyFilters; onChange: (change: Partial<AnomalyFilters>) => void }) {
  const ringNames = useRingNames();
  const rings = filters.ring && !ringNames.includes(filters.ring) ? [...ringNames, filters.ring] : ringNames;
  const ringOptions = [{ value: "", label: "All rings" }, ...rings.map((ring) => ({ value: ring, label: ring }))];
  const deploymentOptions = useDeploymentOptions(filters.deploymentId);
  return (
    <form role="search" aria-label="Filter anomalies" onSubmit={(event) => event.preventDefault()} className={`${filterBar} items-end`}>
      <SelectField
        label="Status"
        options={STATUS_OPTIONS}
        value={filters.status}
        onChange={(e) => onChange({ status: parsedField("status", e.target.value) })}
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
        label="Kind"
        options={KIND_OPTIONS}
        value={filters.kind}
        onChange={(e) => onChange({ kind: parsedField("kind", e.target.value) })}
        wrapperClassName="w-40"
      />
      <SelectField label="Ring" options={ringOptions} value={filters.ring} onChange={(e) => onChange({ ring: e.target.value })} wrapperClassName="w-32" />
      <SelectField
        label="Deployment"
        options={deploymentOptions}
        value={filters.deploymentId}
        onChange={(e) => onChange({ deploymentId: e.target.value })}
        wrapperClassName="w-56 max-sm:col-span-2"
      />
      {hasActiveAnomalyFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange(CLEARED_ANOMALY_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
