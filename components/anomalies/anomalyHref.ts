export const anomalyHref = (id: string) => `/anomalies/${encodeURIComponent(id)}`;
