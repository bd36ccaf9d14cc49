import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminOnly } from "@/components/settings/AdminOnly";
import { SettingsTabs } from "@/components/settings/SettingsTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { currentUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const role = (await currentUser())?.role ?? "viewer";

  return (
    <>
      <PageHeader title="Settings" description="Who can sign in, which machines may call the API, and the rings releases roll out through." />
      {role === "admin" ? (
        <>
          <SettingsTabs />
          {children}
        </>
      ) : (
        <AdminOnly role={role} />
      )}
    </>
  );
}
