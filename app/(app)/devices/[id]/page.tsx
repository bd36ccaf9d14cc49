import type { Metadata } from "next";
import { DeviceDetailView } from "@/components/devices/DeviceDetailView";

type DevicePageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: DevicePageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: `Device ${id}` };
}

export default async function DevicePage({ params }: DevicePageProps) {
  const { id } = await params;
  return <DeviceDetailView deviceId={id} />;
}
