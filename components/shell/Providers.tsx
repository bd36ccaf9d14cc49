"use client";

// First, before any schema parses in the browser.
import "@/schemas/browserZod";
import { QueryClientProvider } from "@tanstack/react-query";
import type { Session } from "next-auth";
import { SessionProvider } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { makeQueryClient } from "@/queries/queryClient";

export function Providers({ session, children }: { session: Session | null; children: ReactNode }) {
  // One client per browser tab, created lazily so server renders never share a cache between users.
  const [queryClient] = useState(makeQueryClient);
  return (
    <SessionProvider session={session}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionProvider>
  );
}
