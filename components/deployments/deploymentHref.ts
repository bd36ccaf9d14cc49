export const deploymentHref = (id: string) => `/deployments/${encodeURIComponent(id)}`;
