"use client";

import { ErrorPage, type ErrorBoundaryProps } from "@/components/status/ErrorPage";

/** A page that fails inside the shell keeps the shell: the navigation still works. */
export default function AppError(props: ErrorBoundaryProps) {
  return <ErrorPage {...props} />;
}
