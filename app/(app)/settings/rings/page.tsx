import type { Metadata } from "next";
import { RingsPanel } from "@/components/settings/RingsPanel";

export const metadata: Metadata = { title: "Rings · Settings" };

export default function RingsSettingsPage() {
  return <RingsPanel />;
}
