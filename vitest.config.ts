import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["core/**/*.test.ts", "schemas/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "queries/**/*.test.ts", "scripts/**/*.test.ts"],
    // Database suites share one PostgreSQL server; keep their fresh databases from piling up at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
