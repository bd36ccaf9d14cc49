"use client";

import { useState, type FormEvent } from "react";
import { MIN_PASSWORD_LENGTH, ROLE_DESCRIPTIONS, ROLES, isRole, type CreateUserInput } from "@/queries/access";
import { useCreateUser } from "@/queries/users";
import { Button } from "@/components/ui/Button";
import { Card, CardHeader } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FormError";

const EMPTY_USER: CreateUserInput = { email: "", name: "", role: "viewer", password: "" };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: role }));

export function CreateUserForm() {
  const createUser = useCreateUser();
  const [draft, setDraft] = useState(EMPTY_USER);
  const [created, setCreated] = useState<string | null>(null);
  const edit = (change: Partial<CreateUserInput>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    createUser.mutate(draft, {
      onSuccess: (user) => {
        setCreated(user.email);
        setDraft(EMPTY_USER);
      },
    });
  }

  return (
    <Card labelledBy="create-user-heading">
      <CardHeader id="create-user-heading" title="Add a user" description="They sign in with this email and password; share the password out of band." />
      <form onSubmit={submit} className="space-y-3 p-4">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <TextField label="Email" type="email" required autoComplete="off" value={draft.email} onChange={(e) => edit({ email: e.target.value })} />
          <TextField label="Name" required autoComplete="off" value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
          <SelectField
            label="Role"
            options={ROLE_OPTIONS}
            value={draft.role}
            hint={ROLE_DESCRIPTIONS[draft.role]}
            onChange={(e) => isRole(e.target.value) && edit({ role: e.target.value })}
          />
          <TextField
            label="Initial password"
            type="password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            autoComplete="new-password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters`}
            value={draft.password}
            onChange={(e) => edit({ password: e.target.value })}
          />
        </div>
        <FormError error={createUser.error} />
        {created ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Created {created}.
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={createUser.isPending}>
          {createUser.isPending ? "Creating…" : "Create user"}
        </Button>
      </form>
    </Card>
  );
}
