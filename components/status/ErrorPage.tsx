"use client";

import { Button } from "@/components/ui/Button";
import { StatusPage, WayBackLinks } from "./StatusPage";

export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * What an error boundary shows: a way to retry and the digest that finds the server's log line.
 * Never the message or stack: in production a server error's message is a generic one anyway, and
 * a client error's could carry data the person should not be shown.
 */
export function ErrorPage({ error, reset, standalone }: ErrorBoundaryProps & { standalone?: boolean }) {
  return (
    <StatusPage
      code="Error"
      title="Something went wrong"
      standalone={standalone}
      actions={
        <>
          <Button variant="primary" onClick={reset} className="max-sm:h-11">
            Try again
          </Button>
          <WayBackLinks />
        </>
      }
    >
      <p>This page could not be shown. Trying again often helps; if it keeps failing, tell your administrator.</p>
      {error.digest ? (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          Reference for support: <code className="select-all break-all font-mono text-slate-700 dark:text-slate-200">{error.digest}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
