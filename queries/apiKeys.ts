import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import type { CreateApiKeyInput } from "./access";
import { callApi } from "./api";
import { queryKeys } from "./keys";

export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys.list(),
    queryFn: ({ signal }) => callApi(API.listApiKeys, { signal }),
    select: (page) => page.items,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => callApi(API.createApiKey, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(API.revokeApiKey, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}
