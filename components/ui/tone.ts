import type { BadgeTone } from "./Badge";

/** Text in a tone, for numbers coloured by a verdict; 4.5:1 on the cards of both themes. */
export const TONE_TEXT: Record<BadgeTone, string> = {
  neutral: "text-slate-900 dark:text-slate-100",
  success: "text-emerald-700 dark:text-emerald-400",
  danger: "text-red-700 dark:text-red-400",
  warning: "text-amber-700 dark:text-amber-400",
  info: "text-indigo-700 dark:text-indigo-300",
  muted: "text-slate-600 dark:text-slate-400",
};
