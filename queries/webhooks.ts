import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AlertmanagerStatus } from "@/schemas/alertmanager";
import type { createWebhookSchema, DeliveryAttemptView, testDeliverySchema, WebhookView } from "@/schemas/webhooks";
import { apiRequest, apiSend } from "./api";
import { queryKeys } from "./keys";

export type Webhook = WebhookView;
export type CreatedWebhook = WebhookView & { secret: string | null };
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;
export type DeliveryAttempt = DeliveryAttemptView;
export type TestDelivery = z.infer<typeof testDeliverySchema>;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Polled: the failing badge should appear without a reload while an endpoint is down. */
const HEALTH_POLL_MS = 10_000;

export function useWebhooks() {
  return useQuery({
    queryKey: queryKeys.webhooks.list(),
    queryFn: ({ signal }) => apiRequest<Page<Webhook>>("/api/v1/webhooks", { signal }),
    select: (page) => page.items,
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useDeliveryLog(webhookId: string) {
  return useQuery({
    queryKey: queryKeys.webhooks.deliveries(webhookId),
    queryFn: ({ signal }) => apiRequest<Page<DeliveryAttempt>>(`/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries?limit=50`, { signal }),
    select: (page) => page.items,
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useAlertmanagerStatus() {
  return useQuery({
    queryKey: queryKeys.webhooks.alertmanager(),
    queryFn: ({ signal }) => apiRequest<AlertmanagerStatus>("/api/v1/alertmanager", { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => apiSend<CreatedWebhook>("POST", "/api/v1/webhooks", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useWebhookAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "delete" | "enable" | "disable" }) => {
      const path = `/api/v1/webhooks/${encodeURIComponent(id)}`;
      return action === "delete" ? apiSend<Webhook>("DELETE", path) : apiSend<Webhook>("PATCH", path, { enabled: action === "enable" });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useSendTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<TestDelivery>("POST", `/api/v1/webhooks/${encodeURIComponent(id)}/test`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useRedeliver(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => apiSend("POST", `/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(webhookId) }),
  });
}
