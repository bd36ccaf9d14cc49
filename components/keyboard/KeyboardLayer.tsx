"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import type { Role } from "@/queries/access";
import { CommandPalette } from "@/components/palette/CommandPalette";
import { PaletteButton } from "@/components/palette/PaletteButton";
import { focusPageSearch } from "./pageSearch";
import { openFocusedRow, stepRowFocus } from "./rowFocus";
import { SequenceHint } from "./SequenceHint";
import { ShortcutSheet } from "./ShortcutSheet";
import { shortcutsFor, type ShortcutAction } from "./shortcuts";
import { usePlatform } from "./usePlatform";
import { useShortcutKeys } from "./useShortcutKeys";

/**
 * The keyboard layer of the shell: the palette's button (where it is mounted), the palette, the
 * shortcut sheet, and the one key handler that runs the shortcut table. No shortcut acts on a
 * rollout: at most Enter opens a row's confirmation dialog, which still asks.
 */
export function KeyboardLayer({ role }: { role: Role }) {
  const router = useRouter();
  const platform = usePlatform();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const shortcuts = useMemo(() => shortcutsFor(role), [role]);

  const perform = useCallback(
    (action: ShortcutAction): boolean => {
      switch (action.type) {
        case "openPalette":
          setPaletteOpen(true);
          return true;
        case "openSheet":
          setSheetOpen(true);
          return true;
        case "focusSearch":
          return focusPageSearch();
        case "goTo":
          router.push(action.href);
          return true;
        case "row":
          return action.move === "open" ? openFocusedRow() : stepRowFocus(action.move);
      }
    },
    [router],
  );
  const pending = useShortcutKeys(shortcuts, perform);

  return (
    <>
      <PaletteButton onOpen={() => setPaletteOpen(true)} />
      <CommandPalette
        open={paletteOpen}
        role={role}
        onClose={() => setPaletteOpen(false)}
        onShowShortcuts={() => {
          setPaletteOpen(false);
          setSheetOpen(true);
        }}
      />
      <ShortcutSheet open={sheetOpen} shortcuts={shortcuts} onClose={() => setSheetOpen(false)} />
      <SequenceHint pending={pending} shortcuts={shortcuts} platform={platform} />
    </>
  );
}
