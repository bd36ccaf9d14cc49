"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { deviceFiltersToSearch, parseDeviceFilters, type DeviceFilters } from "./deviceFilters";

/** The devices filters, read from and written to the URL (replace, so filtering does not flood history). */
export function useDeviceFilters() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const filters = useMemo(() => parseDeviceFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (change: Partial<DeviceFilters>) => {
      const search = deviceFiltersToSearch({ ...filters, ...change });
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [filters, pathname, router],
  );

  return { filters, setFilters };
}
