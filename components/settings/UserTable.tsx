"use client";

import { useSession } from "next-auth/react";
import { useState } from "react";
import { ROLES, isRole, type User } from "@/queries/access";
import { useUpdateUser, useUsers } from "@/queries/users";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { ErrorState } from "@/components/ui/ErrorState";
import { FormError } from "@/components/ui/FormError";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/Skeleton";
import { controlBase, tableBody } from "@/components/ui/styles";
import { rowPrimaryProps, useRowNavigation } from "@/components/ui/useRowNavigation";

const cell = "px-3 py-2 align-middle";

function UserRow({
  user,
  isSelf,
  onRole,
  onDisable,
  onEnable,
  busy,
  rows,
}: {
  user: User;
  rows: ReturnType<typeof useRowNavigation>;
  isSelf: boolean;
  busy: boolean;
  onRole: (role: User["role"]) => void;
  onDisable: () => void;
  onEnable: () => void;
}) {
  const disabled = user.disabledAt !== null;
  return (
    <tr {...rows.rowProps({ className: disabled ? "text-slate-500 dark:text-slate-400" : "" })}>
      <th scope="row" className={`${cell} font-normal`}>
        <span className="block font-medium text-slate-900 dark:text-slate-100">{user.name}</span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{user.email}</span>
      </th>
      <td className={cell}>
        <select
          aria-label={`Role of ${user.email}`}
          value={user.role}
          disabled={busy || isSelf}
          title={isSelf ? "You cannot change your own role" : undefined}
          onChange={(e) => isRole(e.target.value) && onRole(e.target.value)}
          className={`${controlBase} w-32 py-1`}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td className={cell}>{disabled ? <Badge tone="muted">disabled</Badge> : <Badge tone="success">active</Badge>}</td>
      <td className={`${cell} text-slate-600 dark:text-slate-300`}>
        <RelativeTime iso={user.createdAt} />
      </td>
      <td className={`${cell} text-right`}>
        {isSelf ? (
          <span className="text-xs text-slate-500 dark:text-slate-400">you</span>
        ) : disabled ? (
          <Button size="sm" onClick={onEnable} disabled={busy}>
            Enable
          </Button>
        ) : (
          <Button size="sm" variant="danger" onClick={onDisable} disabled={busy} aria-haspopup="dialog" {...rowPrimaryProps}>
            Disable
          </Button>
        )}
      </td>
    </tr>
  );
}

export function UserTable() {
  const users = useUsers();
  const updateUser = useUpdateUser();
  const session = useSession();
  const [disabling, setDisabling] = useState<User | null>(null);
  const selfId = session.data?.user?.id;
  const rows = useRowNavigation();

  function body() {
    if (users.isPending) return <TableSkeleton rows={4} columns={5} label="Loading users" />;
    if (users.isError) return <ErrorState title="Could not load users" error={users.error} onRetry={() => users.refetch()} />;
    return (
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">Users who can sign in to Ringwatch</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
          <tr>
            {["User", "Role", "Status", "Created"].map((header) => (
              <th key={header} scope="col" className={`${cell} font-medium`}>
                {header}
              </th>
            ))}
            <th scope="col" className={`${cell} text-right font-medium`}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody {...rows.listProps} className={tableBody}>
          {users.data.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              rows={rows}
              isSelf={user.id === selfId}
              busy={updateUser.isPending && updateUser.variables?.id === user.id}
              onRole={(role) => updateUser.mutate({ id: user.id, change: { role } })}
              onDisable={() => setDisabling(user)}
              onEnable={() => updateUser.mutate({ id: user.id, change: { disabled: false } })}
            />
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <Card labelledBy="users-heading">
      <CardHeader
        id="users-heading"
        title="Users"
        description="Roles: viewer reads, analyst acknowledges anomalies, operator runs rollouts, admin manages settings."
      />
      {updateUser.error && !disabling ? (
        <div className="px-4 pt-3">
          <FormError error={updateUser.error} />
        </div>
      ) : null}
      <div className="relative overflow-x-auto">{body()}</div>
      <ConfirmDialog
        open={disabling !== null}
        title={`Disable ${disabling?.email ?? "user"}?`}
        confirmLabel="Disable user"
        pending={updateUser.isPending}
        error={disabling ? updateUser.error : null}
        onCancel={() => {
          setDisabling(null);
          updateUser.reset();
        }}
        onConfirm={() => disabling && updateUser.mutate({ id: disabling.id, change: { disabled: true } }, { onSuccess: () => setDisabling(null) })}
      >
        They can no longer sign in. You can enable them again later.
      </ConfirmDialog>
    </Card>
  );
}
