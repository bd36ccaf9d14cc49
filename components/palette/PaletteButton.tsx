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
      className={`grid size-11 place-items-center rounded-md border max-lg:border-transparent max-lg:bg-transparent lg:flex lg:size-auto lg:w-full lg:items-center lg:gap-2 border-slate-200 bg-slate-50 px-2.5 py-1.5 text-left text-[13px] text-slate-500 hover:border-slate-300 hover:text-slate-700 dark:border-slate-700 dark:bg-slate-950/40 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-200 ${focusRing}`}
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
