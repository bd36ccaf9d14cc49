"use client";

import { useEffect, useState } from "react";

/**
 * A text field's draft that commits after the user pauses typing. Outside changes to the committed
 * value (e.g. "Clear filters") replace the draft; the echo of our own commit does not, so keys typed
 * while the URL catches up are never lost.
 */
export function useDebouncedDraft(committed: string, commit: (value: string) => void, delayMs: number) {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [ownCommit, setOwnCommit] = useState<string | null>(null);

  if (committed !== seen) {
    setSeen(committed);
    setOwnCommit(null);
    if (committed !== ownCommit) setDraft(committed);
  }

  const wanted = draft.trim();
  useEffect(() => {
    if (wanted === committed || wanted === ownCommit) return;
    const timer = setTimeout(() => {
      setOwnCommit(wanted);
      commit(wanted);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [wanted, committed, ownCommit, commit, delayMs]);

  return [draft, setDraft] as const;
}
