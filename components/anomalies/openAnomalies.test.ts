import { describe, expect, it } from "vitest";
import { anomalyCountText, countByDeployment } from "./openAnomalies";

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
