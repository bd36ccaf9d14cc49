import { API } from "@/schemas/api";
import { route } from "@/server/http/route";
import { sendTestAlert } from "@/server/services/webhooks/deliveries";

export const POST = route(API.testWebhook, ({ ctx, params }) => sendTestAlert(ctx, params.id));
