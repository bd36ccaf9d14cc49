import { describe, expect, it } from "vitest";
import { anomalyCountText, countByDeployment, worstSeverityByRing } from "./openAnomalies";

describe("countByDeployment", () => {
  it("counts anomalies per deployment", () => {
    expect(countByDeployment([{ deploymentId: "a" }, { deploymentId: "b" }, { deploymentId: "a" }])).toEqual({ a: 2, b: 1 });
    expect(countByDeployment([])).toEqual({});
  });

  it("words the count", () => {
    expect(anomalyCountText(1)).toBe("1 open anomaly");
    expect(anomalyCountText(3)).toBe("3 open anomalies");
  });
});

describe("worstSeverityByRing", () => {
  it("keeps the most severe open anomaly of each ring", () => {
    const anomalies = [
      { ring: "canary", severity: "info" as const },
      { ring: "canary", severity: "critical" as const },
      { ring: "early", severity: "warning" as const },
      { ring: "canary", severity: "warning" as const },
    ];
    expect(worstSeverityByRing(anomalies)).toEqual({ canary: "critical", early: "warning" });
  });
});
