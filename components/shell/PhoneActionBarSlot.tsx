import { PHONE_ACTION_BAR_ID } from "@/components/ui/PhoneActionBar";

/**
 * The bottom bar on phones: sticky at the foot of the screen, and in the flow at the very end of the
 * page, so it never covers the last of the content. Empty (and hidden) where a page has no actions.
 */
export function PhoneActionBarSlot() {
  return (
    <div
      id={PHONE_ACTION_BAR_ID}
      className="sticky bottom-0 z-20 flex flex-col gap-2 border-t border-slate-200 bg-white/95 px-3 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_-6px_rgb(15_23_42/0.15)] empty:hidden sm:hidden dark:border-slate-800 dark:bg-slate-900/95"
    />
  );
}
