"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";

interface SearchParamsLike {
  get(name: string): string | null;
}

/** `push` makes a chosen filter a step Back undoes; `replace` suits typing, which would flood history. */
export type FilterHistory = "push" | "replace";

/**
 * A page's filters, read from and written to the URL, so a copied link reopens the same view and
 * Back/Forward step through the filters chosen. `parse` and `toSearch` are the page's pure
 * round-trip; pass module-level functions so they are stable.
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
    (change: Partial<F>, history: FilterHistory = "push") => {
      const before = toSearch(latest.current);
      const next = { ...latest.current, ...change };
      latest.current = next;
      const search = toSearch(next);
      if (search === before) return;
      const href = search ? `${pathname}?${search}` : pathname;
      if (history === "push") router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [pathname, router, toSearch],
  );

  return { filters, setFilters, search: toSearch(filters) };
}
