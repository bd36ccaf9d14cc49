import type { Attributes, Profile } from "./profiles";

/** A profile of `devices` alike devices, `affected` of which show every signal the test counts. */
export function profile(attributes: Attributes, devices: number, affected: Partial<Record<"crashed" | "bootLooping" | "silent", number>> = {}): Profile {
  return { attributes, devices, crashed: affected.crashed ?? 0, bootLooping: affected.bootLooping ?? 0, silent: affected.silent ?? 0 };
}
