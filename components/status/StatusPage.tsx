import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/Button";
import { LogoMark } from "@/components/ui/LogoMark";
import { focusRing } from "@/components/ui/styles";

interface StatusPageProps {
  /** A short code shown above the title ("404", "Error"). */
  code: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  /** Outside the signed-in shell: the page brings its own logo and centres itself on the screen. */
  standalone?: boolean;
}

/** The look of the not-found and error pages: inside the shell where there is one, else on their own with the logo. */
export function StatusPage({ code, title, children, actions, standalone = false }: StatusPageProps) {
  const body = (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-16 text-center">
      {standalone ? (
        <Link href="/overview" aria-label="Ringwatch" className={`mb-6 rounded-lg ${focusRing}`}>
          <LogoMark className="size-11" />
        </Link>
      ) : null}
      <p className="font-mono text-sm font-semibold text-indigo-600 dark:text-indigo-400">{code}</p>
      <h1 className="mt-2 text-xl font-semibold tracking-tight text-slate-900 dark:text-white">{title}</h1>
      <div className="mt-2 text-sm text-slate-600 dark:text-slate-300">{children}</div>
      <div className="mt-6 flex flex-wrap justify-center gap-2">{actions}</div>
    </div>
  );
  return standalone ? <main className="flex min-h-screen items-center justify-center">{body}</main> : body;
}

/** Where someone who took a wrong turn most likely wanted to go. */
export function WayBackLinks() {
  return (
    <>
      <Link href="/overview" className={buttonClasses("primary", "md", "max-sm:h-11")}>
        Go to Overview
      </Link>
      <Link href="/deployments" className={buttonClasses("secondary", "md", "max-sm:h-11")}>
        Deployments
      </Link>
    </>
  );
}

export function NotFoundPage({ standalone }: { standalone?: boolean }) {
  return (
    <StatusPage code="404" title="Page not found" standalone={standalone} actions={<WayBackLinks />}>
      There is no page at this address. It may have moved, or the link may be mistyped.
    </StatusPage>
  );
}
