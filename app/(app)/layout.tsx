import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { REQUEST_PATH_HEADER, loginUrl } from "@/components/auth/callbackUrl";
import { AppShell } from "@/components/shell/AppShell";
import { Providers } from "@/components/shell/Providers";
import { currentUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect(loginUrl((await headers()).get(REQUEST_PATH_HEADER)));
  const session = { user: { id: user.id, email: user.email, name: user.name, role: user.role }, expires: "" };

  return (
    <Providers session={session}>
      <AppShell user={{ email: user.email, role: user.role }}>{children}</AppShell>
    </Providers>
  );
}
