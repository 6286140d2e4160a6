// Unit and integration tests: one PostgreSQL per run (embedded, or TEST_DATABASE_URL), one cloned database per test file.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file-db.ts"],
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
