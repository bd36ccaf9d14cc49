import type { DeviceSignals, Signal } from "./signals";

/** Dimension -> value for one device, e.g. {os: "windows", "tags.site": "ams", "versions.agent": "7.2"}. */
export type Attributes = Record<string, string>;

/**
 * Devices that look alike (same attributes), with how many of them show each signal. Detection
 * works on these groups rather than on devices: a broad ring of 90,000 machines is a few hundred.
 */
export interface Profile {
  attributes: Attributes;
  devices: number;
  crashed: number;
  bootLooping: number;
  silent: number;
}

export interface DeviceDescription {
  os: string | null;
  osVersion: string | null;
  model: string | null;
  tags: Record<string, string> | null;
  versions: Record<string, string> | null;
}

/** Dimensions suspects are drawn from; the deployed component itself is left out (every exposed device has it). */
export function deviceAttributes(device: DeviceDescription, deployedComponent: string): Attributes {
  const attributes: Attributes = {};
  if (device.os) attributes.os = device.os;
  if (device.osVersion) attributes.osVersion = device.osVersion;
  if (device.model) attributes.model = device.model;
  for (const [key, value] of Object.entries(device.tags ?? {})) attributes[`tags.${key}`] = String(value);
  for (const [component, version] of Object.entries(device.versions ?? {})) {
    if (component !== deployedComponent) attributes[`versions.${component}`] = String(version);
  }
  return attributes;
}

/** Groups devices with identical attributes into profiles. */
export function toProfiles(devices: { attributes: Attributes; signals: DeviceSignals }[]): Profile[] {
  const byKey = new Map<string, Profile>();
  for (const { attributes, signals } of devices) {
    const key = JSON.stringify(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)));
    let profile = byKey.get(key);
    if (!profile) byKey.set(key, (profile = { attributes, devices: 0, crashed: 0, bootLooping: 0, silent: 0 }));
    profile.devices += 1;
    for (const signal of ["crashed", "bootLooping", "silent"] as const) if (signals[signal]) profile[signal] += 1;
  }
  return [...byKey.values()];
}

export const countDevices = (profiles: readonly Profile[]) => profiles.reduce((sum, p) => sum + p.devices, 0);
export const countSignal = (profiles: readonly Profile[], signal: Signal) => profiles.reduce((sum, p) => sum + p[signal], 0);

/** Devices and affected devices per value of one dimension (devices without the dimension are left out). */
export function tally(profiles: readonly Profile[], dimension: string, signal: Signal): Map<string, { devices: number; affected: number }> {
  const byValue = new Map<string, { devices: number; affected: number }>();
  for (const profile of profiles) {
    const value = profile.attributes[dimension];
    if (value === undefined) continue;
    const entry = byValue.get(value) ?? { devices: 0, affected: 0 };
    entry.devices += profile.devices;
    entry.affected += profile[signal];
    byValue.set(value, entry);
  }
  return byValue;
}

export function dimensionsOf(profiles: readonly Profile[]): string[] {
  return [...new Set(profiles.flatMap((p) => Object.keys(p.attributes)))].sort();
}
