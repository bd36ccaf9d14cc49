"use client";

import { useUrlFilters } from "@/components/ui/useUrlFilters";
import { deviceFiltersToSearch, parseDeviceFilters } from "./deviceFilters";

/** The devices filters, read from and written to the URL. */
export function useDeviceFilters() {
  const { filters, setFilters } = useUrlFilters(parseDeviceFilters, deviceFiltersToSearch);
  return { filters, setFilters };
}
