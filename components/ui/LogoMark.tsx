/** Concentric rings with a highlighted inner ring: a rollout reaching the fleet one ring at a time. */
export function LogoMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-indigo-600 dark:fill-indigo-500" />
      <circle cx="16" cy="16" r="10" fill="none" stroke="white" strokeOpacity="0.35" strokeWidth="2" />
      <circle cx="16" cy="16" r="6" fill="none" stroke="white" strokeOpacity="0.7" strokeWidth="2" />
      <circle cx="16" cy="16" r="2.5" fill="white" />
    </svg>
  );
}
