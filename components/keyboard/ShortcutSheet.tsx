"use client";

import { useId } from "react";
import { Button } from "@/components/ui/Button";
import { useModalDialog } from "@/components/ui/useModalDialog";
import { Keys, kbdClass } from "./Keys";
import { SHORTCUT_GROUPS, type Shortcut } from "./shortcuts";
import { usePlatform } from "./usePlatform";

interface ShortcutSheetProps {
  open: boolean;
  /** The shortcuts this user has (the table, less what their role does not see). */
  shortcuts: readonly Shortcut[];
  onClose: () => void;
}

/** `?`: every shortcut, from the same table the key handler runs, grouped as the table groups them. */
export function ShortcutSheet({ open, shortcuts, onClose }: ShortcutSheetProps) {
  const dialogRef = useModalDialog(open);
  const platform = usePlatform();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-2xl rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-800">
        <h2 id={titleId} className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close <kbd className={kbdClass}>Esc</kbd>
        </Button>
      </div>
      <div className="grid grid-cols-1 gap-x-8 gap-y-5 px-5 py-4 sm:grid-cols-2">
        {SHORTCUT_GROUPS.map((group) => {
          const inGroup = shortcuts.filter((s) => s.group === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`${titleId}-${group}`} className={group === "Go to" ? "sm:row-span-2" : undefined}>
              <h3 id={`${titleId}-${group}`} className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                {group}
              </h3>
              <dl className="divide-y divide-slate-100 dark:divide-slate-800">
                {inGroup.map((shortcut) => (
                  <div key={shortcut.id} className="flex items-center justify-between gap-4 py-1.5 text-sm">
                    <dt className="text-slate-700 dark:text-slate-300">{shortcut.description}</dt>
                    <dd className="flex shrink-0 items-center gap-1.5">
                      {shortcut.bindings.map((binding, i) => (
                        <span key={binding.keys.join(" ")} className="inline-flex items-center gap-1.5">
                          {i > 0 ? <span className="text-[11px] text-slate-600 dark:text-slate-400">or</span> : null}
                          <Keys keys={binding.keys} platform={platform} />
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <p className="border-t border-slate-200 px-5 py-3 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Keys are text while you type in a field, and belong to a dialog while one is open; only the palette&apos;s key works from a field. Actions such as pause
        or roll back always ask you to confirm.
      </p>
    </dialog>
  );
}
