import { defineConfig } from "prisma/config";

// Migrations are plain SQL applied by server/db/migrate.ts (the schema engine cannot be
// downloaded here); this file only tells `prisma generate` where the schema lives.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
