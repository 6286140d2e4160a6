// e2e global setup: a production build of the app, made once per run (E2E_SKIP_BUILD=1 reuses the last one).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export default function buildOnce(): void {
  const root = path.resolve(import.meta.dirname, "../../..");
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(root, ".next/BUILD_ID"))) return;
  execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
