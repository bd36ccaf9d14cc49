import { DEVICE_SORTS, type DeviceListParams, type DeviceSort, type DeviceState } from "@/queries/devices";
import { DEVICE_STATES } from "@/components/ui/deviceStates";

export const PAGE_SIZES = [50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
const DEFAULT_PAGE_SIZE: PageSize = 50;
const DEFAULT_SORT: DeviceSort = "device_id";

/** What the devices page filters by; lives in the URL so a filtered view is a shareable link. */
export interface DeviceFilters {
  q: string;
  state: DeviceState | "";
  ring: string;
  component: string;
  version: string;
  sort: DeviceSort;
  limit: PageSize;
}

interface SearchParamsLike {
  get(name: string): string | null;
}

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((candidate) => String(candidate) === value) ?? fallback;
}

/** Unknown or malformed values fall back to defaults, so a hand-edited link never breaks the page. */
export function parseDeviceFilters(search: SearchParamsLike): DeviceFilters {
  return {
    q: search.get("q")?.trim() ?? "",
    state: oneOf<DeviceState | "">(DEVICE_STATES, search.get("state"), ""),
    ring: search.get("ring") ?? "",
    component: search.get("component")?.trim() ?? "",
    version: search.get("version")?.trim() ?? "",
    sort: oneOf(DEVICE_SORTS, search.get("sort"), DEFAULT_SORT),
    limit: oneOf(PAGE_SIZES, search.get("limit"), DEFAULT_PAGE_SIZE),
  };
}

/** The URL query for a set of filters, leaving out defaults to keep links short. */
export function deviceFiltersToSearch(filters: DeviceFilters): string {
  const search = new URLSearchParams();
  if (filters.q) search.set("q", filters.q);
  if (filters.state) search.set("state", filters.state);
  if (filters.ring) search.set("ring", filters.ring);
  if (filters.component) search.set("component", filters.component);
  if (filters.version) search.set("version", filters.version);
  if (filters.sort !== DEFAULT_SORT) search.set("sort", filters.sort);
  if (filters.limit !== DEFAULT_PAGE_SIZE) search.set("limit", String(filters.limit));
  return search.toString();
}

/** The API query for one page. A version alone means nothing to the API, so it waits for a component. */
export function deviceListParams(filters: DeviceFilters, cursor: string | undefined): DeviceListParams {
  return {
    limit: filters.limit,
    sort: filters.sort,
    cursor,
    q: filters.q || undefined,
    state: filters.state || undefined,
    ring: filters.ring || undefined,
    component: filters.component || undefined,
    version: filters.component && filters.version ? filters.version : undefined,
  };
}

/** Every narrowing filter off; sort and page size stay as the user chose. */
export const CLEARED_FILTERS: Partial<DeviceFilters> = { q: "", state: "", ring: "", component: "", version: "" };

export function hasActiveFilters(filters: DeviceFilters): boolean {
  return Boolean(filters.q || filters.state || filters.ring || filters.component || filters.version);
}

export const SORT_LABELS: Record<DeviceSort, string> = {
  device_id: "Device ID",
  hostname: "Hostname",
  last_seen: "Last seen (newest first)",
};
