import { LOGO_CENTRE, LOGO_CORE_RADIUS, LOGO_RING_WIDTH, LOGO_RINGS, LOGO_SIZE, LOGO_TILE_RADIUS } from "./logo";

/** The logo mark, drawn from the geometry in logo.ts (the same the app icons are written from). */
export function LogoMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox={`0 0 ${LOGO_SIZE} ${LOGO_SIZE}`} className={className} aria-hidden="true" focusable="false">
      <rect width={LOGO_SIZE} height={LOGO_SIZE} rx={LOGO_TILE_RADIUS} className="fill-indigo-600 dark:fill-indigo-500" />
      {LOGO_RINGS.map(({ r, opacity }) => (
        <circle key={r} cx={LOGO_CENTRE} cy={LOGO_CENTRE} r={r} fill="none" stroke="white" strokeOpacity={opacity} strokeWidth={LOGO_RING_WIDTH} />
      ))}
      <circle cx={LOGO_CENTRE} cy={LOGO_CENTRE} r={LOGO_CORE_RADIUS} fill="white" />
    </svg>
  );
}
