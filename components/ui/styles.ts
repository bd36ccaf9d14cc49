/** Class lists shared by every interactive element, so focus and surfaces look the same everywhere. */
export const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-slate-900";

export const surface = "rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";

export const controlBase =
  "block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-500 " +
  focusRing;

export const labelText = "block text-xs font-medium text-slate-700 dark:text-slate-300";
