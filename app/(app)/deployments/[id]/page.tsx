import type { Metadata } from "next";
import { detailTitle } from "@/server/pageTitle";
import { deploymentPageName } from "@/server/queries/pageNames";
import { DeploymentDetailView } from "@/components/deployments/DeploymentDetailView";

type DeploymentPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: DeploymentPageProps): Promise<Metadata> {
  const { id } = await params;
  return detailTitle("Deployments", "Deployment", (sql) => deploymentPageName(sql, id));
}

export default async function DeploymentPage({ params }: DeploymentPageProps) {
  const { id } = await params;
  return <DeploymentDetailView deploymentId={id} />;
}
