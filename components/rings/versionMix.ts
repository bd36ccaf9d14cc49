export interface VersionSegment {
  version: string;
  devices: number;
  /** Share of the component's devices, 0..1. */
  share: number;
  color: string;
}

/** Newest version strongest; the long tail folds into "other" so the bar stays readable. */
const VERSION_COLORS = ["#6366f1", "#0ea5e9", "#14b8a6", "#f59e0b", "#a855f7"] as const;
const OTHER_COLOR = "#94a3b8";
export const OTHER_VERSIONS = "other";
export const MAX_VERSION_SEGMENTS = VERSION_COLORS.length;

const newestFirst = (a: string, b: string) => b.localeCompare(a, undefined, { numeric: true, sensitivity: "base" });

/** The version distribution of one component, newest first, for a stacked bar and its legend. */
export function versionSegments(counts: Record<string, number>): VersionSegment[] {
  const entries = Object.entries(counts).filter(([, devices]) => devices > 0);
  const total = entries.reduce((sum, [, devices]) => sum + devices, 0);
  if (total === 0) return [];
  const sorted = entries.sort(([a], [b]) => newestFirst(a, b));
  const overflow = sorted.length > MAX_VERSION_SEGMENTS;
  const shown = overflow ? sorted.slice(0, MAX_VERSION_SEGMENTS - 1) : sorted;
  const segments = shown.map(([version, devices], i) => ({ version, devices, share: devices / total, color: VERSION_COLORS[i] }));
  if (!overflow) return segments;
  const rest = sorted.slice(MAX_VERSION_SEGMENTS - 1).reduce((sum, [, devices]) => sum + devices, 0);
  return [...segments, { version: OTHER_VERSIONS, devices: rest, share: rest / total, color: OTHER_COLOR }];
}

/** Components by name, each with its segments; components with no devices are left out. */
export function componentMixes(versions: Record<string, Record<string, number>>): { component: string; segments: VersionSegment[] }[] {
  return Object.keys(versions)
    .sort()
    .map((component) => ({ component, segments: versionSegments(versions[component]) }))
    .filter((mix) => mix.segments.length > 0);
}

export function describeMix(component: string, segments: VersionSegment[]): string {
  return `${component} versions: ${segments.map((s) => `${s.version} ${s.devices}`).join(", ")}`;
}
