/** Agent hook (manifest following, custom events) and the authenticated API it talks to. */
import type { DeviceProfile, FleetEvent } from "./devices";
import type { Random } from "./random";

/** Authenticated GET against the app, for agents that read e.g. /api/v1/manifest?deviceId=. */
export interface FleetApi {
  /** Fails after `timeoutMs` (default 30 s). */
  getJson(pathAndQuery: string, options?: { timeoutMs?: number }): Promise<unknown>;
}

const DEFAULT_GET_TIMEOUT_MS = 30_000;

export interface DeviceTickContext {
  /** The device's profile; changing `versions` changes what its next heartbeats report. */
  device: DeviceProfile;
  now: Date;
  tick: number;
  bootId: string;
  api: FleetApi;
  random: Random;
  /** Sends an extra event (e.g. an `update`); eventId/ts are filled in when absent. */
  emit(event: FleetEventDraft): void;
  /**
   * Says the device's versions changed after the hook returned (an install that finished in the
   * background), so faults keyed on the version react now. Changes made while the heartbeat waits
   * for the hook are seen without it.
   */
  installed(): void;
}

/** An event as a hook writes it: ts and eventId optional. */
export type FleetEventDraft = DistributiveOmit<FleetEvent, "ts" | "eventId" | "deviceId"> & { ts?: string; eventId?: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Runs before each heartbeat of a device. When it returns a promise, that heartbeat waits for it
 * (an agent that checks its manifest first), still stamped with the tick's time.
 */
export type DeviceTickHook = (context: DeviceTickContext) => void | Promise<void>;

export function createFleetApi(baseUrl: string, apiKey: string, fetchImpl: typeof fetch = fetch): FleetApi {
  return {
    async getJson(pathAndQuery, options = {}) {
      const response = await fetchImpl(`${baseUrl}${pathAndQuery}`, {
        headers: { authorization: `Bearer ${apiKey}`, accept: "application/json" },
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_GET_TIMEOUT_MS),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as unknown;
    },
  };
}
