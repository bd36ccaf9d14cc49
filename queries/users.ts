import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { API } from "@/schemas/api";
import type { CreateUserInput, UpdateUserInput } from "./access";
import { callApi } from "./api";
import { queryKeys } from "./keys";

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => callApi(API.listUsers, { signal }),
    select: (page) => page.items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => callApi(API.createUser, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateUserInput }) => callApi(API.updateUser, { params: { id }, body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
