"use client";

import { useState } from "react";

/**
 * Which confirm dialog is open for a row of action buttons. Each opening gets a new `attempt`
 * (use it as the dialog's key) so the note or reason box starts empty; the mutation's last error
 * is cleared on open and on close.
 */
export function useActionDialog<Action>(resetMutation: () => void) {
  const [chosen, setChosen] = useState<Action | null>(null);
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);

  function choose(action: Action) {
    resetMutation();
    setChosen(action);
    setAttempt((n) => n + 1);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    resetMutation();
  }

  return { chosen, open, attempt, choose, close };
}
