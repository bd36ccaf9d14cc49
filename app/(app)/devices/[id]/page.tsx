import type { Metadata } from "next";
import { detailTitle } from "@/server/pageTitle";
import { devicePageName } from "@/server/queries/pageNames";
import { DeviceDetailView } from "@/components/devices/DeviceDetailView";

type DevicePageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: DevicePageProps): Promise<Metadata> {
  const { id } = await params;
  return detailTitle("Devices", "Device", (sql) => devicePageName(sql, id));
}

export default async function DevicePage({ params }: DevicePageProps) {
  const { id } = await params;
  return <DeviceDetailView deviceId={id} />;
}
