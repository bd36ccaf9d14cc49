import { overviewHistoryQuerySchema, overviewHistorySchema } from "../overview";
import { endpoint } from "./endpoint";

/** What the overview remembers: the fleet's recent past, for managers. */
export const OVERVIEW_ENDPOINTS = {
  overviewHistory: endpoint({
    method: "GET",
    path: "/api/v1/overview/history",
    permission: "fleet:read",
    summary:
      "The last `days` (7 to 90): release history with outcomes, adoption per release by day, crash-free devices per ring by day (n of N), and a summary of the last week.",
    query: overviewHistoryQuerySchema,
    response: { status: 200, schema: overviewHistorySchema },
  }),
};
