/** Class lists shared by every interactive element, so focus and surfaces look the same everywhere. */
export const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-slate-900";

export const surface = "rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";

export const controlBase =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-500 " +
  focusRing;

export const labelText = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/** Dense data tables: header row and row dividers. */
export const tableHead = "border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400";
export const tableBody = "divide-y divide-slate-100 dark:divide-slate-800";

/** A row that keyboard navigation lands on: tinted with an accent edge, so the focus is seen across the row. */
export const selectableRow =
  "outline-none focus-within:bg-indigo-50 focus-within:shadow-[inset_3px_0_0_0_#6366f1] dark:focus-within:bg-indigo-500/10 dark:focus-within:shadow-[inset_3px_0_0_0_#818cf8]";

/** A selectable row that opens a page on click. */
export const focusableRow = `cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800/50 ${selectableRow}`;

export const linkText = "text-indigo-700 hover:underline dark:text-indigo-300";

/** A primary action's button on phones (the bottom bar, a sheet): a full thumb's target (44 px, WCAG 2.5.5) sharing its row. */
export const phoneActionButton = "max-sm:h-11 max-sm:min-w-11 max-sm:flex-1";
