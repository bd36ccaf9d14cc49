import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { updateUser } from "@/server/services/users/update";

export const PATCH = route(API.updateUser, ({ ctx, params, body }) => updateUser(ctx, params.id, body));
