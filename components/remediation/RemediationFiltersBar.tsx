"use client";

import { remediationCsvHref } from "@/queries/anomalies";
import { useRingNames } from "@/queries/rings";
import { Button, buttonClasses } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";
import { filterBar } from "@/components/ui/styles";
import {
  CLEARED_REMEDIATION_FILTERS,
  UNHEALTHY_STATES,
  parseRemediationFilters,
  remediationFiltersToSearch,
  remediationParams,
  type RemediationFilters,
} from "./remediationFilters";

const STATE_OPTIONS = [{ value: "", label: "All unhealthy" }, ...UNHEALTHY_STATES.map((state) => ({ value: state, label: DEVICE_STATE_LOOK[state].label }))];

export function RemediationFiltersBar({ filters, onChange }: { filters: RemediationFilters; onChange: (change: Partial<RemediationFilters>) => void }) {
  const ringOptions = [{ value: "", label: "All rings" }, ...useRingNames().map((ring) => ({ value: ring, label: ring }))];
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <form role="search" aria-label="Filter the remediation queue" onSubmit={(event) => event.preventDefault()} className={`${filterBar} items-end`}>
        <SelectField label="Ring" options={ringOptions} value={filters.ring} onChange={(e) => onChange({ ring: e.target.value })} wrapperClassName="w-32" />
        <SelectField
          label="State"
          options={STATE_OPTIONS}
          value={filters.state}
          onChange={(e) => onChange({ state: parseRemediationFilters(new URLSearchParams({ state: e.target.value })).state })}
          wrapperClassName="w-40"
        />
        {remediationFiltersToSearch(filters) ? (
          <Button variant="ghost" onClick={() => onChange(CLEARED_REMEDIATION_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </form>
      <a href={remediationCsvHref(remediationParams(filters, undefined))} download className={buttonClasses("secondary")}>
        Export CSV
      </a>
    </div>
  );
}
