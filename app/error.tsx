"use client";

import { ErrorPage, type ErrorBoundaryProps } from "@/components/status/ErrorPage";

/** Errors outside the shell (the sign-in page, the shell's own layout). */
export default function RootError(props: ErrorBoundaryProps) {
  return <ErrorPage {...props} standalone />;
}
