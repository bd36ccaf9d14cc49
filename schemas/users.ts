import { z } from "zod";
import { roleSchema } from "./access";

export const MIN_PASSWORD_LENGTH = 10;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(128),
  role: roleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
});

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(256).optional(),
    name: z.string().trim().min(1).max(128).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "change at least one field");
