import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, apiSend } from "./api";
import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from "./access";
import { queryKeys } from "./keys";

interface ApiKeyPage {
  items: ApiKey[];
  nextCursor: string | null;
}

export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys.list(),
    queryFn: ({ signal }) => apiRequest<ApiKeyPage>("/api/v1/api-keys", { signal }),
    select: (page) => page.items,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => apiSend<CreatedApiKey>("POST", "/api/v1/api-keys", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<ApiKey>("DELETE", `/api/v1/api-keys/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}
