import { NEUTRAL_SERIES_COLOR, versionColor } from "@/components/ui/palette";
import { formatCount, formatPercent } from "@/components/ui/rate";

export interface VersionSegment {
  version: string;
  devices: number;
  /** Share of the component's devices, 0..1. */
  share: number;
  color: string;
}

/** The long tail folds into "other" so the bar stays readable. */
export const OTHER_VERSIONS = "other";
export const MAX_VERSION_SEGMENTS = 5;

const newestFirst = (a: string, b: string) => b.localeCompare(a, undefined, { numeric: true, sensitivity: "base" });

/** The version distribution of one component, newest first, for a stacked bar and its legend. */
export function versionSegments(counts: Record<string, number>): VersionSegment[] {
  const entries = Object.entries(counts).filter(([, devices]) => devices > 0);
  const total = entries.reduce((sum, [, devices]) => sum + devices, 0);
  if (total === 0) return [];
  const sorted = entries.sort(([a], [b]) => newestFirst(a, b));
  const overflow = sorted.length > MAX_VERSION_SEGMENTS;
  const shown = overflow ? sorted.slice(0, MAX_VERSION_SEGMENTS - 1) : sorted;
  const segments = shown.map(([version, devices]) => ({ version, devices, share: devices / total, color: versionColor(version) }));
  if (!overflow) return segments;
  const rest = sorted.slice(MAX_VERSION_SEGMENTS - 1).reduce((sum, [, devices]) => sum + devices, 0);
  return [...segments, { version: OTHER_VERSIONS, devices: rest, share: rest / total, color: NEUTRAL_SERIES_COLOR }];
}

/** Components by name, each with its segments; components with no devices are left out. */
export function componentMixes(versions: Record<string, Record<string, number>>): { component: string; segments: VersionSegment[] }[] {
  return Object.keys(versions)
    .sort()
    .map((component) => ({ component, segments: versionSegments(versions[component]) }))
    .filter((mix) => mix.segments.length > 0);
}

export function describeMix(component: string, segments: VersionSegment[]): string {
  const total = segments.reduce((sum, s) => sum + s.devices, 0);
  return `${component} versions: ${segments.map((s) => `${s.version} ${segmentShare(s, total)}`).join(", ")}`;
}

/** "412 of 9,950 devices · 4.1%". */
export const segmentShare = (segment: VersionSegment, total: number) =>
  `${formatCount(segment.devices)} of ${formatCount(total)} devices · ${formatPercent(segment.share)}`;
