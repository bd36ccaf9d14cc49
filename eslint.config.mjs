// ESLint flat config: Next core-web-vitals (react, react-hooks incl. the React Compiler rules, @next/next),
// jsx-a11y recommended, typescript-eslint recommended plus the few type-aware rules that catch real bugs
// (promises nobody awaits or that are passed where a void callback is expected), Prettier last.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import jsxA11y from "eslint-plugin-jsx-a11y";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "prisma/generated/**", "test-results/**", "playwright-report/**", ".data/**", "tmp/**"]),
  ...nextCoreWebVitals,
  // jsx-a11y is already registered by the Next config (with five rules as warnings); take the full recommended set.
  {
    files: ["**/*.{jsx,tsx}"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A checkbox label here nests its text two spans deep (title + description); the default depth (2) misses it.
      "jsx-a11y/label-has-associated-control": ["error", { depth: 3 }],
    },
  },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules cost a TypeScript program; keep them to the few that find bugs the compiler misses.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // `const { ts, ...fields } = event` is how this code drops a key, and `_name` marks a binding unused on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures hand over their value with a callback named `use`; it is not React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  prettier,
]);
