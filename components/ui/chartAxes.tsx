import { AXIS_TICK } from "./timeAxis";

/** A vertical axis title, e.g. "devices" or "% crashed", in the tick colour so it follows the theme. */
export const yAxisLabel = (value: string) => ({
  value,
  angle: -90,
  position: "insideLeft" as const,
  offset: 10,
  style: { ...AXIS_TICK, textAnchor: "middle" as const },
});

/**
 * Legend entries in body text colour: recharts paints them in the series colour, which is a 3:1
 * graphic colour, not a 4.5:1 text colour. The swatch next to the text still carries the colour.
 */
export const legendText = (value: string) => <span className="text-slate-700 dark:text-slate-300">{value}</span>;
