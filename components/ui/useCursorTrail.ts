"use client";

import { useState } from "react";

/**
 * Cursor pagination can only go forward, so remember the cursors that led to each page:
 * "Previous" pops one. A new filter (a new `resetKey`) starts again from the first page.
 */
export function useCursorTrail(resetKey: string) {
  const [trail, setTrail] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  const current = trail.key === resetKey ? trail.cursors : [];
  if (trail.key !== resetKey) setTrail({ key: resetKey, cursors: [] });

  return {
    cursor: current[current.length - 1],
    pageIndex: current.length,
    goNext: (nextCursor: string) => setTrail({ key: resetKey, cursors: [...current, nextCursor] }),
    goPrevious: () => setTrail({ key: resetKey, cursors: current.slice(0, -1) }),
    goFirst: () => setTrail({ key: resetKey, cursors: [] }),
  };
}
