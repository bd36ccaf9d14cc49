import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { API, type BodyInputOf, type ResponseOf } from "@/schemas/api";
import type { DeliveryAttemptView, WebhookView } from "@/schemas/webhooks";
import { callApi } from "./api";
import { queryKeys } from "./keys";

export type Webhook = WebhookView;
export type CreatedWebhook = ResponseOf<typeof API.createWebhook>;
export type CreateWebhookInput = BodyInputOf<typeof API.createWebhook>;
export type DeliveryAttempt = DeliveryAttemptView;
export type TestDelivery = ResponseOf<typeof API.testWebhook>;

/** Polled: the failing badge should appear without a reload while an endpoint is down. */
const HEALTH_POLL_MS = 10_000;

export function useWebhooks() {
  return useQuery({
    queryKey: queryKeys.webhooks.list(),
    queryFn: ({ signal }) => callApi(API.listWebhooks, { signal }),
    select: (page) => page.items,
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useDeliveryLog(webhookId: string) {
  return useQuery({
    queryKey: queryKeys.webhooks.deliveries(webhookId),
    queryFn: ({ signal }) => callApi(API.listDeliveries, { params: { id: webhookId }, query: { limit: 50 }, signal }),
    select: (page) => page.items,
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useAlertmanagerStatus() {
  return useQuery({
    queryKey: queryKeys.webhooks.alertmanager(),
    queryFn: ({ signal }) => callApi(API.alertmanagerStatus, { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => callApi(API.createWebhook, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useWebhookAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "delete" | "enable" | "disable" }) => {
      return action === "delete"
        ? callApi(API.deleteWebhook, { params: { id } })
        : callApi(API.updateWebhook, { params: { id }, body: { enabled: action === "enable" } });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useSendTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(API.testWebhook, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}

export function useRedeliver(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => callApi(API.redeliver, { params: { id: webhookId, deliveryId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(webhookId) }),
  });
}
