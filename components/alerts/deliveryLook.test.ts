import { describe, expect, it } from "vitest";
import { deliveryLook } from "./deliveryLook";

const delivery = (over: Partial<{ endpoints: number; delivered: number; pending: number; failing: number; dead: number }>) => ({
  endpoints: 0,
  delivered: 0,
  pending: 0,
  failing: 0,
  dead: 0,
  ...over,
});

describe("deliveryLook", () => {
  it("says so honestly when no webhook matched", () => {
    expect(deliveryLook(delivery({}))).toMatchObject({ label: "no webhook", tone: "muted" });
  });

  it("counts endpoints delivered to when all got it", () => {
    expect(deliveryLook(delivery({ endpoints: 2, delivered: 2 }))).toEqual({
      label: "delivered to 2/2",
      tone: "success",
      description: "2 webhooks: 2 delivered",
    });
    expect(deliveryLook(delivery({ endpoints: 1, delivered: 1 })).description).toBe("1 webhook: 1 delivered");
  });

  it("leads with the worst problem and tones by it", () => {
    expect(deliveryLook(delivery({ endpoints: 1, dead: 1 }))).toMatchObject({ label: "failed 1 (dead)", tone: "danger" });
    expect(deliveryLook(delivery({ endpoints: 1, failing: 1 }))).toMatchObject({ label: "retrying 1", tone: "warning" });
    expect(deliveryLook(delivery({ endpoints: 1, pending: 1 }))).toMatchObject({ label: "queued 1", tone: "neutral" });
    expect(deliveryLook(delivery({ endpoints: 3, delivered: 1, failing: 1, dead: 1 }))).toEqual({
      label: "delivered to 1/3, failed 1 (dead), retrying 1",
      tone: "danger",
      description: "3 webhooks: 1 delivered, 1 retrying after a failure, 1 failed for good (no more retries)",
    });
  });
});
