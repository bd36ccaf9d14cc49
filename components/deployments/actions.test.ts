import { describe, expect, it } from "vitest";
import { visibleActions } from "./actions";

describe("visibleActions", () => {
  it("offers the allowed actions in a fixed order, forward first and rollback last", () => {
    expect(visibleActions(["rollback", "pause", "promote", "halt"], true)).toEqual(["promote", "pause", "halt", "rollback"]);
  });

  it("offers nothing to users who may not operate, whatever the deployment allows", () => {
    expect(visibleActions(["pause", "rollback"], false)).toEqual([]);
  });

  it("offers nothing the deployment does not allow", () => {
    expect(visibleActions([], true)).toEqual([]);
  });
});
