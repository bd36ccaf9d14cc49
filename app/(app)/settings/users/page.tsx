import type { Metadata } from "next";
import { UsersPanel } from "@/components/settings/UsersPanel";

export const metadata: Metadata = { title: "Users · Settings" };

export default function UsersSettingsPage() {
  return <UsersPanel />;
}
