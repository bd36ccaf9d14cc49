"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";

type Status = { kind: "idle" } | { kind: "submitting" } | { kind: "failed"; message: string };

const WRONG_CREDENTIALS = "Wrong email or password";
const UNREACHABLE = "Could not reach the server. Try again in a moment.";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus({ kind: "submitting" });
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result?.ok || result.error) {
        setStatus({ kind: "failed", message: WRONG_CREDENTIALS });
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setStatus({ kind: "failed", message: UNREACHABLE });
    }
  }

  const submitting = status.kind === "submitting";
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a page with one task: what focus skips is the title the page announces anyway */}
      <TextField label="Email" type="email" name="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {status.kind === "failed" ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-300"
        >
          {status.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-full" disabled={submitting}>
        {submitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
