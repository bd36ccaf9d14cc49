import { percentTotalNote } from "./ringDraft";

/** The sum the server insists on, saved and as drafted, so a refused save is no surprise. */
export function PercentTotal({ saved, drafted }: { saved: (number | null)[]; drafted: (number | null)[] }) {
  const note = percentTotalNote(saved, drafted);
  const draftTone = note.warning ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400";
  return (
    <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
      Percentages total <strong className="tabular-nums text-slate-900 dark:text-slate-100">{note.savedTotal}%</strong>
      {note.edited ? (
        <>
          {" "}
          · with unsaved changes <strong className={`tabular-nums ${draftTone}`}>{note.draftTotal}%</strong>
        </>
      ) : null}
      {note.warning ? <span className="mt-0.5 block font-medium text-red-700 dark:text-red-400">{note.warning}</span> : null}
    </p>
  );
}
