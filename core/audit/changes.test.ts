import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../../schemas/access";
import { fieldChanges, userChanges, type UserEdit, type UserState } from "./changes";

describe("fieldChanges", () => {
  it("keeps only the fields that differ, arrays and nulls compared by value", () => {
    const before: Record<string, unknown> = { url: "a", rings: ["canary"], events: null, enabled: true };
    expect(fieldChanges(before, { ...before, rings: ["canary"], enabled: false })).toEqual({ before: { enabled: true }, after: { enabled: false } });
    expect(fieldChanges(before, { ...before, events: ["anomaly.opened"] })).toEqual({ before: { events: null }, after: { events: ["anomaly.opened"] } });
    expect(fieldChanges(before, { ...before })).toBeNull();
  });
});

const state = fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), role: fc.constantFrom(...ROLES), disabled: fc.boolean() });
const edit = fc.record(
  { name: fc.string({ minLength: 1, maxLength: 8 }), role: fc.constantFrom(...ROLES), disabled: fc.boolean(), password: fc.constant("a new password") },
  { requiredKeys: [] },
);

/** What the entries say the user is now, read back from their `after` snapshots. */
function replay(from: UserState, changes: ReturnType<typeof userChanges>): UserState {
  return changes.reduce<UserState>((user, change) => {
    const after = change.after ?? {};
    return {
      name: typeof after.name === "string" ? after.name : user.name,
      role: typeof after.role === "string" ? (after.role as UserState["role"]) : user.role,
      disabled: after.status === undefined ? user.disabled : after.status === "disabled",
    };
  }, from);
}

describe("userChanges", () => {
  it("is one entry per field that really changes, and replaying them gives the edited user", () => {
    fc.assert(
      fc.property(state, edit, (current, change: UserEdit) => {
        const changes = userChanges(current, change);
        const expected = { name: change.name ?? current.name, role: change.role ?? current.role, disabled: change.disabled ?? current.disabled };
        expect(replay(current, changes)).toEqual(expected);
        const fieldsChanged = (["name", "role", "disabled"] as const).filter((f) => change[f] !== undefined && change[f] !== current[f]).length;
        expect(changes.length).toBe(fieldsChanged + (change.password === undefined ? 0 : 1));
        expect(new Set(changes.map((c) => c.action)).size).toBe(changes.length);
      }),
    );
  });

  it("names each change by what happened, and says nothing about the password but that it was reset", () => {
    const current: UserState = { name: "Ann", role: "viewer", disabled: false };
    expect(userChanges(current, { role: "operator", disabled: true, password: "correct horse battery" })).toEqual([
      { action: "user.role_changed", before: { role: "viewer" }, after: { role: "operator" } },
      { action: "user.disabled", before: { status: "active" }, after: { status: "disabled" } },
      { action: "user.password_reset" },
    ]);
    expect(userChanges({ ...current, disabled: true }, { disabled: false })).toEqual([
      { action: "user.enabled", before: { status: "disabled" }, after: { status: "active" } },
    ]);
    expect(userChanges(current, { role: "viewer", name: "Ann", disabled: false })).toEqual([]);
  });
});
