import { z } from "zod";

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe("snake_case error code"),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
