import { percentTotal } from "./ringDraft";

const REQUIRED_TOTAL = 100;

/** The sum the server insists on, shown before saving so a failed save is no surprise. */
export function PercentTotal({ saved, drafted }: { saved: (number | null)[]; drafted: (number | null)[] }) {
  const savedTotal = percentTotal(saved);
  const draftTotal = percentTotal(drafted);
  const edited = draftTotal !== savedTotal;
  const ok = draftTotal === REQUIRED_TOTAL;
  return (
    <p aria-live="polite" className="border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
      Percentages total <strong className="tabular-nums text-slate-900 dark:text-slate-100">{savedTotal}%</strong>
      {edited ? (
        <>
          {" "}
          · with unsaved edits <strong className={`tabular-nums ${ok ? "text-emerald-700 dark:text-emerald-400" : "text-amber-700 dark:text-amber-400"}`}>{draftTotal}%</strong>
        </>
      ) : null}
      {ok ? null : <span className="text-amber-700 dark:text-amber-400"> · they must add up to {REQUIRED_TOTAL}%</span>}
    </p>
  );
}
