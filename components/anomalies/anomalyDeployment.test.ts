import { describe, expect, it } from "vitest";
import type { AnomalyDetail } from "@/queries/anomalies";
import type { DeploymentAction } from "@/queries/rollouts";
import { anomalyDeployment } from "./anomalyDeployment";

const detail = (allowedActions: DeploymentAction[]) =>
  ({ component: "agent", version: "7.12.0", deployment: { id: "d1", status: "active", allowedActions, pausedReason: null } }) as unknown as AnomalyDetail;

describe("anomalyDeployment", () => {
  it("keeps the stop and revert actions and drops promote", () => {
    expect(anomalyDeployment(detail(["promote", "pause", "halt", "rollback"]))).toEqual({
      id: "d1",
      component: "agent",
      version: "7.12.0",
      allowedActions: ["pause", "halt", "rollback"],
    });
  });

  it("offers resume on a paused deployment (a false alarm)", () => {
    expect(anomalyDeployment(detail(["resume", "halt", "rollback"])).allowedActions).toEqual(["resume", "halt", "rollback"]);
  });
});
