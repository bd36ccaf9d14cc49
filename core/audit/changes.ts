import type { Role } from "../../schemas/access";
import type { AuditAction } from "../../schemas/audit";

type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields a change touched, before and after; null when it touched none. */
export function fieldChanges<T extends Snapshot>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const keys = Object.keys(after).filter((key) => !same(before[key], after[key])) as (keyof T)[];
  if (keys.length === 0) return null;
  const pick = (from: T) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

export interface UserState {
  name: string;
  role: Role;
  disabled: boolean;
}

export interface UserEdit {
  name?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

export interface AuditedChange {
  action: AuditAction;
  before?: Snapshot;
  after?: Snapshot;
}

const status = (disabled: boolean) => (disabled ? "disabled" : "active");

/**
 * One audit entry per thing that changed, so the log can be filtered by it (every role change, every
 * disabled account). Setting a field to what it already is changes nothing. A new password always
 * counts, and the entry says only that it was reset.
 */
export function userChanges(current: UserState, edit: UserEdit): AuditedChange[] {
  const changes: AuditedChange[] = [];
  if (edit.name !== undefined && edit.name !== current.name)
    changes.push({ action: "user.renamed", before: { name: current.name }, after: { name: edit.name } });
  if (edit.role !== undefined && edit.role !== current.role)
    changes.push({ action: "user.role_changed", before: { role: current.role }, after: { role: edit.role } });
  if (edit.disabled !== undefined && edit.disabled !== current.disabled) {
    changes.push({
      action: edit.disabled ? "user.disabled" : "user.enabled",
      before: { status: status(current.disabled) },
      after: { status: status(edit.disabled) },
    });
  }
  if (edit.password !== undefined) changes.push({ action: "user.password_reset" });
  return changes;
}
