import type { Attributes } from "../detection/profiles";

/**
 * Blast-radius projection: before a wave starts, which devices would it newly expose, by site,
 * model, OS build and tags, and would that break an exposure budget? A budget caps the devices a
 * single wave may newly expose per value of a tag (`{tag: "site", max: 500}`: no site loses more
 * than 500 machines at once) or in all (`{maxDevices: 5000}`).
 */
export type ExposureBudget = { tag: string; max: number } | { maxDevices: number };

export type BudgetBreach = { tag: string; value: string; devices: number; max: number } | { maxDevices: number; devices: number };

/** The dimensions a projection is broken down by; tags add one entry each (`tags.site`). */
export const PROJECTION_DIMENSIONS = ["osVersion", "model", "os"] as const;

/** Devices per value of each dimension (and each tag); devices without a value count as "unknown". */
export function breakdown(devices: readonly Attributes[]): Record<string, Record<string, number>> {
  const by: Record<string, Record<string, number>> = {};
  const dimensions = new Set<string>(PROJECTION_DIMENSIONS);
  for (const device of devices) for (const key of Object.keys(device)) if (key.startsWith("tags.")) dimensions.add(key);
  for (const dimension of dimensions) {
    const counts: Record<string, number> = {};
    for (const device of devices) {
      const value = device[dimension] ?? "unknown";
      counts[value] = (counts[value] ?? 0) + 1;
    }
    by[dimension] = counts;
  }
  return by;
}

/** Every budget the newly exposed devices would break, largest overrun first. */
export function budgetBreaches(devices: readonly Attributes[], budgets: readonly ExposureBudget[]): BudgetBreach[] {
  const breaches: BudgetBreach[] = [];
  for (const budget of budgets) {
    if ("maxDevices" in budget) {
      if (devices.length > budget.maxDevices) breaches.push({ maxDevices: budget.maxDevices, devices: devices.length });
      continue;
    }
    const counts = new Map<string, number>();
    for (const device of devices) {
      const value = device[`tags.${budget.tag}`];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const [value, count] of counts) if (count > budget.max) breaches.push({ tag: budget.tag, value, devices: count, max: budget.max });
  }
  const overrun = (b: BudgetBreach) => b.devices - ("maxDevices" in b ? b.maxDevices : b.max);
  return breaches.sort((a, b) => overrun(b) - overrun(a));
}

/** The breach in words, for the gate's reasons. */
export function describeBreach(breach: BudgetBreach, where: string): string {
  if ("maxDevices" in breach) return `${where} would newly expose ${breach.devices} devices; the budget allows ${breach.maxDevices} per wave.`;
  return `${where} would newly expose ${breach.devices} devices at ${breach.tag}=${breach.value}; the budget allows ${breach.max} per ${breach.tag} per wave.`;
}
