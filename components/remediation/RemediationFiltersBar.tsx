"use client";

import { remediationCsvHref } from "@/queries/anomalies";
import { useRingNames } from "@/queries/rings";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { ExportCsvLink, FILTER_WIDTH, FilterRow } from "@/components/ui/FilterRow";
import { DEVICE_STATE_LOOK } from "@/components/ui/deviceStates";
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
  const actions = (
    <>
      {remediationFiltersToSearch(filters) ? (
        <Button variant="ghost" onClick={() => onChange(CLEARED_REMEDIATION_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
      <ExportCsvLink href={remediationCsvHref(remediationParams(filters, undefined))} />
    </>
  );
  return (
    <FilterRow label="Filter the remediation queue" actions={actions}>
      <SelectField
        label="Ring"
        options={ringOptions}
        value={filters.ring}
        onChange={(e) => onChange({ ring: e.target.value })}
        wrapperClassName={FILTER_WIDTH.sm}
      />
      <SelectField
        label="State"
        options={STATE_OPTIONS}
        value={filters.state}
        onChange={(e) => onChange({ state: parseRemediationFilters(new URLSearchParams({ state: e.target.value })).state })}
        wrapperClassName={FILTER_WIDTH.sm}
      />
    </FilterRow>
  );
}
