"use client";

import { ErrorPage, type ErrorBoundaryProps } from "@/components/status/ErrorPage";
import "./globals.css";

/** The root layout itself failed: this replaces it, so it brings its own <html> and <body>. */
export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-sm text-slate-900">
        <ErrorPage {...props} standalone />
      </body>
    </html>
  );
}
