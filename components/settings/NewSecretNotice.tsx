"use client";

import { useEffect, useRef, useState } from "react";
import type { CreatedApiKey } from "@/queries/access";
import { Button } from "@/components/ui/Button";

type CopyState = "idle" | "copied" | "failed";

/** The only time the secret exists outside the agent that will use it: make copying it hard to miss. */
export function NewSecretNotice({ apiKey, onDismiss }: { apiKey: CreatedApiKey; onDismiss: () => void }) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const noticeRef = useRef<HTMLElement>(null);
  useEffect(() => noticeRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" }), [apiKey.id]);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(apiKey.secret);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section
      ref={noticeRef}
      aria-labelledby="new-secret-heading"
      role="alert"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 dark:border-amber-500/70 dark:bg-amber-950/40"
    >
      <h2 id="new-secret-heading" className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        Copy the secret for “{apiKey.name}” now
      </h2>
      <p className="mt-0.5 text-sm text-amber-900/80 dark:text-amber-200/80">
        It will not be shown again. Ringwatch stores only a hash; if it is lost, revoke this key and create a new one.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          aria-label="API key secret"
          className="min-w-0 flex-1 select-all break-all rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-xs text-slate-900 dark:border-amber-700 dark:bg-slate-950 dark:text-slate-100"
        >
          {apiKey.secret}
        </code>
        <Button variant="primary" onClick={() => void copySecret()}>
          {copy === "copied" ? "Copied" : "Copy"}
        </Button>
        <Button onClick={onDismiss}>I have stored it</Button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs text-amber-900/80 dark:text-amber-200/80">
        {copy === "failed" ? "The browser refused clipboard access: select the secret and copy it by hand." : null}
      </p>
    </section>
  );
}
