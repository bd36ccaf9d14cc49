import type { Metadata } from "next";
import { DeploymentDetailView } from "@/components/deployments/DeploymentDetailView";

type DeploymentPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: DeploymentPageProps): Promise<Metadata> {
  const { id } = await params;
  return { title: `Deployment ${id.slice(0, 8)}` };
}

export default async function DeploymentPage({ params }: DeploymentPageProps) {
  const { id } = await params;
  return <DeploymentDetailView deploymentId={id} />;
}
