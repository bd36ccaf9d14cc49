"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";

interface SearchParamsLike {
  get(name: string): string | null;
}

/**
 * A page's filters, read from and written to the URL (replace, so filtering does not flood history).
 * `parse` and `toSearch` are the page's pure round-trip; pass module-level functions so they are stable.
 */
export function useUrlFilters<F>(parse: (search: SearchParamsLike) => F, toSearch: (filters: F) => string) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const filters = useMemo(() => parse(searchParams), [parse, searchParams]);
  // Two changes in a row (ring, then state) must not start from the URL the first has not updated yet.
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);

  const setFilters = useCallback(
    (change: Partial<F>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      const search = toSearch(next);
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [pathname, router, toSearch],
  );

  return { filters, setFilters, search: toSearch(filters) };
}
