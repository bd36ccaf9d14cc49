import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakdown, budgetBreaches, describeBreach, type ExposureBudget } from "./projection";

const device = fc.record(
  { osVersion: fc.constantFrom("10.0.22631", "10.0.26100"), model: fc.constantFrom("X1", "Latitude"), "tags.site": fc.constantFrom("fra", "ams", "nyc") },
  { requiredKeys: ["osVersion"] },
);
const devices = fc.array(device, { maxLength: 200 });
const budget: fc.Arbitrary<ExposureBudget> = fc.oneof(
  fc.record({ tag: fc.constant("site"), max: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ maxDevices: fc.integer({ min: 0, max: 200 }) }),
);

describe("projection breakdown", () => {
  it("counts every device once in each dimension", () => {
    fc.assert(
      fc.property(devices, (list) => {
        for (const counts of Object.values(breakdown(list))) expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(list.length);
      }),
    );
  });
});

describe("exposure budgets", () => {
  it("breaks a budget exactly when some value (or the total) is over it", () => {
    fc.assert(
      fc.property(devices, fc.array(budget, { maxLength: 3 }), (list, budgets) => {
        const breaches = budgetBreaches(list, budgets);
        for (const b of budgets) {
          if ("maxDevices" in b) {
            expect(breaches.some((x) => "maxDevices" in x && x.maxDevices === b.maxDevices)).toBe(list.length > b.maxDevices);
          } else {
            for (const site of ["fra", "ams", "nyc"]) {
              const n = list.filter((d) => d["tags.site"] === site).length;
              expect(breaches.some((x) => "tag" in x && x.value === site && x.max === b.max && x.devices === n)).toBe(n > b.max);
            }
          }
        }
      }),
    );
  });

  it("says what would be broken, with the numbers", () => {
    const list = Array.from({ length: 7 }, () => ({ "tags.site": "fra" }));
    const [breach] = budgetBreaches(list, [{ tag: "site", max: 5 }]);
    expect(describeBreach(breach, "Wave 2 of broad")).toBe("Wave 2 of broad would newly expose 7 devices at site=fra; the budget allows 5 per site per wave.");
    expect(describeBreach({ maxDevices: 5000, devices: 9000 }, "broad")).toMatch(/9000 devices; the budget allows 5000/);
  });
});
