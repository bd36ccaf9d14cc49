import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, apiSend } from "./api";
import type { CreateUserInput, UpdateUserInput, User } from "./access";
import { queryKeys } from "./keys";

interface UserPage {
  items: User[];
  nextCursor: string | null;
}

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users.list(),
    queryFn: ({ signal }) => apiRequest<UserPage>("/api/v1/users", { signal }),
    select: (page) => page.items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => apiSend<User>("POST", "/api/v1/users", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateUserInput }) =>
      apiSend<User>("PATCH", `/api/v1/users/${encodeURIComponent(id)}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
