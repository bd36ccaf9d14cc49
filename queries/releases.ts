import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, apiSend, toQueryString } from "./api";
import { queryKeys } from "./keys";
import type { CreateReleaseInput, Page, Release } from "./rollouts";

/** Enough for the release picker: newest first, older releases are rarely rolled out again. */
export const RELEASE_PICKER_LIMIT = 100;

export function useReleases(limit = RELEASE_PICKER_LIMIT) {
  return useQuery({
    queryKey: queryKeys.releases.list(limit),
    queryFn: ({ signal }) => apiRequest<Page<Release>>(`/api/v1/releases${toQueryString({ limit })}`, { signal }),
    select: (page) => page.items,
  });
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReleaseInput) => apiSend<Release>("POST", "/api/v1/releases", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.releases.all }),
  });
}
