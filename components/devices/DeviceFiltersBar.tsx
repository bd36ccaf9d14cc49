"use client";

import { useCallback } from "react";
import { DEVICE_SORTS, devicesCsvHref } from "@/queries/devices";
import { useRingNames } from "@/queries/rings";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { ExportCsvLink, FILTER_WIDTH, FilterRow } from "@/components/ui/FilterRow";
import type { FilterHistory } from "@/components/ui/useUrlFilters";
import { DEVICE_STATE_LOOK, DEVICE_STATES } from "@/components/ui/deviceStates";
import { CLEARED_FILTERS, PAGE_SIZES, SORT_LABELS, deviceListParams, hasActiveFilters, parseDeviceFilters, type DeviceFilters } from "./deviceFilters";
import { useDebouncedDraft } from "./useDebouncedDraft";

const TYPING_DEBOUNCE_MS = 250;

const STATE_OPTIONS = [{ value: "", label: "All states" }, ...DEVICE_STATES.map((state) => ({ value: state, label: DEVICE_STATE_LOOK[state].label }))];
const SORT_OPTIONS = DEVICE_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }));
const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} rows` }));

interface DeviceFiltersBarProps {
  filters: DeviceFilters;
  onChange: (change: Partial<DeviceFilters>, history?: FilterHistory) => void;
}

/** Re-parses a single select value through the same rules as the URL, so no unchecked cast is needed. */
function parsedField<K extends keyof DeviceFilters>(key: K, value: string): DeviceFilters[K] {
  return parseDeviceFilters(new URLSearchParams({ [key]: value }))[key];
}

export function DeviceFiltersBar({ filters, onChange }: DeviceFiltersBarProps) {
  const ringNames = useRingNames();
  const ringOptions = [{ value: "", label: "All rings" }, ...ringNames.map((ring) => ({ value: ring, label: ring }))];

  const [q, setQ] = useDebouncedDraft(
    filters.q,
    useCallback((value: string) => onChange({ q: value }, "replace"), [onChange]),
    TYPING_DEBOUNCE_MS,
  );
  const [component, setComponent] = useDebouncedDraft(
    filters.component,
    useCallback((value: string) => onChange({ component: value }, "replace"), [onChange]),
    TYPING_DEBOUNCE_MS,
  );
  const [version, setVersion] = useDebouncedDraft(
    filters.version,
    useCallback((value: string) => onChange({ version: value }, "replace"), [onChange]),
    TYPING_DEBOUNCE_MS,
  );

  const active = hasActiveFilters(filters);
  const actions = (
    <>
      {active ? (
        <Button variant="ghost" onClick={() => onChange(CLEARED_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
      <ExportCsvLink href={devicesCsvHref(deviceListParams(filters, undefined))} />
    </>
  );

  return (
    <FilterRow label="Filter devices" actions={actions}>
      <TextField
        label="Search"
        type="search"
        placeholder="Device ID or hostname"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        wrapperClassName={FILTER_WIDTH.lg}
      />
      <SelectField
        label="State"
        options={STATE_OPTIONS}
        value={filters.state}
        onChange={(e) => onChange({ state: parsedField("state", e.target.value) })}
        wrapperClassName={FILTER_WIDTH.sm}
      />
      <SelectField
        label="Ring"
        options={ringOptions}
        value={filters.ring}
        onChange={(e) => onChange({ ring: e.target.value })}
        wrapperClassName={FILTER_WIDTH.sm}
      />
      <TextField
        label="Component"
        placeholder="e.g. agent"
        value={component}
        onChange={(e) => setComponent(e.target.value)}
        wrapperClassName={FILTER_WIDTH.sm}
      />
      <TextField
        label="Version"
        placeholder={component.trim() ? "e.g. 7.11.0" : "Set a component first"}
        title={component.trim() ? undefined : "Filtering by version needs a component"}
        disabled={!component.trim() && !version}
        value={version}
        onChange={(e) => setVersion(e.target.value)}
        wrapperClassName={FILTER_WIDTH.md}
      />
      <SelectField
        label="Sort by"
        options={SORT_OPTIONS}
        value={filters.sort}
        onChange={(e) => onChange({ sort: parsedField("sort", e.target.value) })}
        wrapperClassName={FILTER_WIDTH.md}
      />
      <SelectField
        label="Page size"
        options={PAGE_SIZE_OPTIONS}
        value={String(filters.limit)}
        onChange={(e) => onChange({ limit: parsedField("limit", e.target.value) })}
        wrapperClassName={FILTER_WIDTH.sm}
      />
    </FilterRow>
  );
}
