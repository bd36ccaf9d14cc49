import type { Metadata } from "next";
import { AnomalyDetailView } from "@/components/anomalies/AnomalyDetailView";

type AnomalyPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: AnomalyPageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: `Anomaly ${id.slice(0, 8)}` };
}

export default async function AnomalyPage({ params }: AnomalyPageProps) {
  const { id } = await params;
  return <AnomalyDetailView anomalyId={id} />;
}
