import { describe, expect, it } from "vitest";
import type { AnomalyDetail } from "@/queries/anomalies";
import { anomalyDeployment, deploymentStatusOf } from "./anomalyDeployment";

const detail = (allowedActions: string[]) =>
  ({ component: "agent", version: "7.12.0", deployment: { id: "d1", status: "active", allowedActions, pausedReason: null } }) as unknown as AnomalyDetail;

describe("anomalyDeployment", () => {
  it("keeps the stop and revert actions, drops promote and anything unknown", () => {
    expect(anomalyDeployment(detail(["promote", "pause", "halt", "rollback", "explode"]))).toEqual({
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

describe("deploymentStatusOf", () => {
  it("narrows known statuses and refuses unknown ones", () => {
    expect(deploymentStatusOf(detail([]))).toBe("active");
    const odd = { ...detail([]), deployment: { id: "d1", status: "weird", allowedActions: [], pausedReason: null } } as AnomalyDetail;
    expect(deploymentStatusOf(odd)).toBeNull();
  });
});
