import type { Metadata } from "next";
import { detailTitle } from "@/server/pageTitle";
import { anomalyPageName } from "@/server/queries/pageNames";
import { AnomalyDetailView } from "@/components/anomalies/AnomalyDetailView";

type AnomalyPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: AnomalyPageProps): Promise<Metadata> {
  const { id } = await params;
  return detailTitle("Anomalies", "Anomaly", (sql) => anomalyPageName(sql, id));
}

export default async function AnomalyPage({ params }: AnomalyPageProps) {
  const { id } = await params;
  return <AnomalyDetailView anomalyId={id} />;
}
