import type { Role } from "@/queries/access";
import type { Device } from "@/schemas/devices";
import { navItemsFor } from "@/components/shell/navigation";
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

/** The device whose id or hostname is exactly the text first: typing a whole id means that device. */
export function rankDevices(devices: readonly Device[], term: string): Device[] {
  const wanted = term.trim().toLowerCase();
  const exact = (device: Device) => device.deviceId.toLowerCase() === wanted || device.hostname?.toLowerCase() === wanted;
  return devices.toSorted((a, b) => Number(exact(b)) - Number(exact(a)));
}
