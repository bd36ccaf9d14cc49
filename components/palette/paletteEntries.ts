import type { AnomalyView } from "@/queries/anomalies";
import type { Role } from "@/queries/access";
import type { Device } from "@/schemas/devices";
import type { Deployment } from "@/queries/rollouts";
import { navItemsFor } from "@/components/shell/navigation";
import { KIND_LOOK, releaseName } from "@/components/anomalies/anomalyLook";
import { GO_TO_LETTERS } from "@/components/keyboard/shortcuts";
import { SETTINGS_SECTIONS } from "@/components/settings/settingsSections";

export interface PageEntry {
  href: string;
  label: string;
  /** The section it sits under ("Settings"), for pages below a section. */
  section?: string;
  /** Its `g` letter, shown as a hint. */
  goLetter?: string;
}

/** The pages a role may open: the navigation's, and under Settings (admins only) its sections. */
export function pagesFor(role: Role): PageEntry[] {
  return navItemsFor(role).flatMap((item) => [
    { href: item.href, label: item.label, goLetter: GO_TO_LETTERS[item.href] },
    ...(item.href === "/settings" ? SETTINGS_SECTIONS.map((page) => ({ ...page, section: item.label })) : []),
  ]);
}

const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Pages whose name (with its section) holds every typed word at the start of one of its words, so
 * "aud" finds the audit log and "set api" the API keys; names starting with the text come first.
 */
export function matchPages(pages: readonly PageEntry[], term: string): PageEntry[] {
  const typed = wordsOf(term);
  if (typed.length === 0) return [...pages];
  const name = (page: PageEntry) => `${page.section ?? ""} ${page.label}`.trim().toLowerCase();
  const matches = pages.filter((page) => {
    const words = wordsOf(name(page));
    return typed.every((word) => words.some((w) => w.startsWith(word)));
  });
  const first = typed.join(" ");
  return matches.toSorted((a, b) => Number(b.label.toLowerCase().startsWith(first)) - Number(a.label.toLowerCase().startsWith(first)));
}

type StagesOf = { stages: readonly Pick<Deployment["stages"][number], "ring" | "status">[] };

/** The furthest ring a deployment reached: where it bakes now, or where it stopped. */
export function reachedRing(deployment: StagesOf): string | null {
  const reached = deployment.stages.filter((stage) => stage.status !== "pending");
  return (reached.at(-1) ?? deployment.stages[0])?.ring ?? null;
}

/** "agent 7.12.0 → early": the release and how far it went. */
export function deploymentTitle(deployment: Pick<Deployment, "component" | "version"> & StagesOf): string {
  const ring = reachedRing(deployment);
  return `${deployment.component} ${deployment.version}${ring ? ` → ${ring}` : ""}`;
}

/** "Boot loop in canary · sensor@2.0.0". */
export function anomalyTitle(anomaly: Pick<AnomalyView, "kind" | "ring" | "component" | "version">): string {
  return `${KIND_LOOK[anomaly.kind].label} in ${anomaly.ring} · ${releaseName(anomaly.component, anomaly.version)}`;
}

/** The device whose id or hostname is exactly the text first: typing a whole id means that device. */
export function rankDevices(devices: readonly Device[], term: string): Device[] {
  const wanted = term.trim().toLowerCase();
  const exact = (device: Device) => device.deviceId.toLowerCase() === wanted || device.hostname?.toLowerCase() === wanted;
  return devices.toSorted((a, b) => Number(exact(b)) - Number(exact(a)));
}
