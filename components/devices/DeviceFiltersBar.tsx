"use client";

import { useCallback } from "react";
import { DEVICE_SORTS } from "@/queries/devices";
import { useRingNames } from "@/queries/rings";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { DEVICE_STATE_LOOK, DEVICE_STATES } from "@/components/ui/deviceStates";
import { CLEARED_FILTERS, PAGE_SIZES, SORT_LABELS, hasActiveFilters, parseDeviceFilters, type DeviceFilters } from "./deviceFilters";
import { useDebouncedDraft } from "./useDebouncedDraft";
import { filterBar } from "@/components/ui/styles";

const TYPING_DEBOUNCE_MS = 250;

const STATE_OPTIONS = [{ value: "", label: "All states" }, ...DEVICE_STATES.map((state) => ({ value: state, label: DEVICE_STATE_LOOK[state].label }))];
const SORT_OPTIONS = DEVICE_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }));
const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} rows` }));

interface DeviceFiltersBarProps {
  filters: DeviceFilters;
  onChange: (change: Partial<DeviceFilters>) => void;
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
    useCallback((value: string) => onChange({ q: value }), [onChange]),
    TYPING_DEBOUNCE_MS,
  );
  const [component, setComponent] = useDebouncedDraft(
    filters.component,
    useCallback((value: string) => onChange({ component: value }), [onChange]),
    TYPING_DEBOUNCE_MS,
  );
  const [version, setVersion] = useDebouncedDraft(
    filters.version,
    useCallback((value: string) => onChange({ version: value }), [onChange]),
    TYPING_DEBOUNCE_MS,
  );

  return (
    <form role="search" aria-label="Filter devices" onSubmit={(event) => event.preventDefault()} className={`${filterBar} items-end`}>
      <TextField
        label="Search"
        type="search"
        placeholder="Device ID or hostname"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        wrapperClassName="w-64 max-sm:col-span-2"
      />
      <SelectField
        label="State"
        options={STATE_OPTIONS}
        value={filters.state}
        onChange={(e) => onChange({ state: parsedField("state", e.target.value) })}
        wrapperClassName="w-32"
      />
      <SelectField label="Ring" options={ringOptions} value={filters.ring} onChange={(e) => onChange({ ring: e.target.value })} wrapperClassName="w-32" />
      <TextField label="Component" placeholder="e.g. agent" value={component} onChange={(e) => setComponent(e.target.value)} wrapperClassName="w-32" />
      <TextField
        label="Version"
        placeholder={component.trim() ? "e.g. 7.11.0" : "Set a component first"}
        title={component.trim() ? undefined : "Filtering by version needs a component"}
        disabled={!component.trim() && !version}
        value={version}
        onChange={(e) => setVersion(e.target.value)}
        wrapperClassName="w-40"
      />
      <SelectField
        label="Sort by"
        options={SORT_OPTIONS}
        value={filters.sort}
        onChange={(e) => onChange({ sort: parsedField("sort", e.target.value) })}
        wrapperClassName="w-48"
      />
      <SelectField
        label="Page size"
        options={PAGE_SIZE_OPTIONS}
        value={String(filters.limit)}
        onChange={(e) => onChange({ limit: parsedField("limit", e.target.value) })}
        wrapperClassName="w-28"
      />
      {hasActiveFilters(filters) ? (
        <Button variant="ghost" onClick={() => onChange(CLEARED_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
