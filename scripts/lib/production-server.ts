// How every production start runs the app (npm start, e2e tests, benchmark, soak): scripts/serve.ts under Node with a
// bounded heap. APP_HEAP_MB (default 288) caps V8's old space; the request gate keeps the live heap under it
// (found by trial, see bench/NOTES.md; under steady load the live heap now stays near 125 MB).
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function productionServerCommand(args: { port: number | string; hostname: string }, env: NodeJS.ProcessEnv = process.env): { command: string; args: string[] } {
  const heapMb = Number(env.APP_HEAP_MB) > 0 ? Number(env.APP_HEAP_MB) : 288;
  return {
    command: process.execPath,
    args: [`--max-old-space-size=${heapMb}`, "--import", "tsx", path.join(ROOT, "scripts/serve.ts"), "-p", String(args.port), "-H", args.hostname],
  };
}
