/** The calls the scenarios make to a running Ringwatch, over the public HTTP API with one key. */
import type { AnomalyView } from "../../schemas/anomalies";
import type { HoldView, ReachView, RecoveryView } from "../../schemas/containment";
import type { DeploymentSnapshot } from "./measure";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface StagePlan {
  ring: string;
  bakeSeconds: number;
  waves?: number[];
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const REQUEST_TIMEOUT_MS = 15_000;
const PAGE_LIMIT = 500;

export class RingwatchClient {
  constructor(
    readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.apiKey}`, "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok) throw new HttpError(response.status, `${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** A key for the fleet alone, as a real fleet would have; null when this key may not create keys. */
  async createIngestKey(name: string): Promise<string | null> {
    try {
      return (await this.request<{ secret: string }>("POST", "/api/v1/api-keys", { name, scopes: ["ingest"] })).secret;
    } catch (error) {
      if (error instanceof HttpError && error.status === 403) return null;
      throw error;
    }
  }

  async createRelease(component: string, version: string, notes: string): Promise<string> {
    return (await this.request<{ id: string }>("POST", "/api/v1/releases", { component, version, notes })).id;
  }

  /** Auto-pause on, plus the scenario's options (onCohortAnomaly...). */
  async startDeployment(releaseId: string, stages: StagePlan[], options: Record<string, unknown> = {}): Promise<DeploymentSnapshot> {
    return this.request<DeploymentSnapshot>("POST", "/api/v1/deployments", { releaseId, stages, autoPause: true, ...options });
  }

  async holds(deploymentId: string): Promise<HoldView[]> {
    return (await this.request<{ items: HoldView[] }>("GET", `/api/v1/deployments/${encodeURIComponent(deploymentId)}/holds`)).items;
  }

  /** The latest stop's reach (or the one asked for); null when the deployment was never stopped. */
  async reach(deploymentId: string, stopId?: string): Promise<ReachView | null> {
    const query = stopId ? `?stopId=${encodeURIComponent(stopId)}` : "";
    return this.request<ReachView>("GET", `/api/v1/deployments/${encodeURIComponent(deploymentId)}/reach${query}`).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 404) return null;
      throw error;
    });
  }

  recovery(anomalyId: string): Promise<RecoveryView> {
    return this.request<RecoveryView>("GET", `/api/v1/anomalies/${encodeURIComponent(anomalyId)}/recovery`);
  }

  /** What an on-site team records for a device (POST /api/v1/devices/{id}/repair). */
  repair(deviceId: string, body: { status: "in_repair" | "fixed" | "reimaged"; note?: string; recoveryKeyUsed?: boolean }): Promise<unknown> {
    return this.request("POST", `/api/v1/devices/${encodeURIComponent(deviceId)}/repair`, body);
  }

  deployment(id: string): Promise<DeploymentSnapshot> {
    return this.request<DeploymentSnapshot>("GET", `/api/v1/deployments/${encodeURIComponent(id)}`);
  }

  act(id: string, action: "pause" | "halt" | "rollback", reason: string): Promise<DeploymentSnapshot> {
    return this.request<DeploymentSnapshot>("POST", `/api/v1/deployments/${encodeURIComponent(id)}/actions`, { action, reason });
  }

  /** The detection worker's last tick (GET /api/v1/detection/status). */
  detectionStatus(): Promise<{ lastTickAt: string | null; lastTickDurationMs: number | null }> {
    return this.request("GET", "/api/v1/detection/status");
  }

  /** The deployment's audit trail (pause, resume, rollback... with server times). */
  async audit(deploymentId: string): Promise<Array<{ at: string; action: string; actor: string }>> {
    const query = new URLSearchParams({ targetType: "deployment", targetId: deploymentId, limit: String(PAGE_LIMIT) });
    return (await this.request<Page<{ at: string; action: string; actor: string }>>("GET", `/api/v1/audit?${query}`)).items;
  }

  resolveAnomaly(id: string, note: string): Promise<unknown> {
    return this.request("POST", `/api/v1/anomalies/${encodeURIComponent(id)}/actions`, { action: "resolve", note });
  }

  /** True once GET /api/v1/anomalies answered 404: an app without detection, which raises none. */
  anomalyApiMissing = false;

  /** Every anomaly matching the filter, all pages. */
  async anomalies(filter: Record<string, string> = {}): Promise<AnomalyView[]> {
    const items: AnomalyView[] = [];
    let cursor: string | null = null;
    do {
      const query: URLSearchParams = new URLSearchParams({ ...filter, limit: String(PAGE_LIMIT), ...(cursor ? { cursor } : {}) });
      const page: Page<AnomalyView> = await this.request<Page<AnomalyView>>("GET", `/api/v1/anomalies?${query}`).catch((error: unknown) => {
        if (!(error instanceof HttpError && error.status === 404)) throw error;
        this.anomalyApiMissing = true;
        return { items: [], nextCursor: null } satisfies Page<AnomalyView>;
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }
}
