"use client";

import { Keys } from "@/components/keyboard/Keys";
import { ariaKeys } from "@/components/keyboard/strokeLabels";
import { usePlatform } from "@/components/keyboard/usePlatform";
import { SearchIcon } from "@/components/ui/icons";
import { focusRing } from "@/components/ui/styles";

const PALETTE_STROKE = "Mod+k";

/** The palette's visible way in, for the mouse and for learning its key. */
export function PaletteButton({ onOpen }: { onOpen: () => void }) {
  const platform = usePlatform();
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-haspopup="dialog"
      title="Search devices, deployments and anomalies, or go to a page"
      aria-keyshortcuts={ariaKeys(PALETTE_STROKE, platform)}
      // On phones an icon button like the bell beside it; from lg up, the sidebar's search field look.
      className={`grid size-11 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-200 lg:flex lg:size-auto lg:w-full lg:items-center lg:gap-2 lg:border lg:border-slate-200 lg:bg-slate-50 lg:px-2.5 lg:py-1.5 lg:text-left lg:text-[13px] lg:hover:border-slate-300 lg:hover:bg-slate-50 lg:dark:border-slate-700 lg:dark:bg-slate-950/40 lg:dark:hover:border-slate-600 lg:dark:hover:bg-slate-950/40 ${focusRing}`}
    >
      <SearchIcon className="size-5 shrink-0 lg:size-4" />
      {/* On phones the icon alone shows; the name stays for screen readers and the tests. */}
      <span className="truncate max-lg:sr-only lg:flex-1">Search…</span>
      <span className="max-lg:hidden">
        <Keys keys={[PALETTE_STROKE]} platform={platform} />
      </span>
    </button>
  );
}
