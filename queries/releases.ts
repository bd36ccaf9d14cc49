import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import { callApi } from "./api";
import { queryKeys } from "./keys";
import type { CreateReleaseInput } from "./rollouts";

/** Enough for the release picker: newest first, older releases are rarely rolled out again. */
export const RELEASE_PICKER_LIMIT = 100;

export function useReleases(limit = RELEASE_PICKER_LIMIT) {
  return useQuery({
    queryKey: queryKeys.releases.list(limit),
    queryFn: ({ signal }) => callApi(API.listReleases, { query: { limit }, signal }),
    select: (page) => page.items,
  });
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReleaseInput) => callApi(API.createRelease, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.releases.all }),
  });
}
