// Starts the production server (as `npm start` runs it; build in .next-bench) on a database, waits for it, reads its memory, stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BENCH_SECRETS } from "./database";
import { freePort, stopChild, waitForHttp } from "@/scripts/lib/child-server";
import { productionServerCommand } from "@/scripts/lib/production-server";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BENCH_DIST_DIR = ".next-bench";

export type AppServer = { baseUrl: string; pid: number; rssMb(): number; stop(): Promise<void> };

/** Resident memory of a process and its descendants' largest member (the next-server worker), in MB. */
function rssOf(pid: number): number {
  const status = (p: number) => readFileSync(`/proc/${p}/status`, "utf8");
  const kb = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(status(p))?.[1] ?? 0);
  const children = (p: number): number[] =>
    readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((c) => {
        try {
          return Number(/PPid:\s+(\d+)/.exec(status(c))?.[1]) === p;
        } catch {
          return false;
        }
      });
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return Math.max(...all.map((p) => { try { return kb(p); } catch { return 0; } })) / 1024;
}

/** `nodeArgs` go to Node itself (e.g. --cpu-prof for a profile of the server). */
export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...BENCH_SECRETS,
    NODE_ENV: "production",
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_TRUST_HOST: "true",
    AUTH_URL: baseUrl,
    APP_URL: baseUrl,
    ...extraEnv,
  };
  delete env.RESEND_API_KEY;
  const server = productionServerCommand({ port, hostname: "127.0.0.1" }, env);
  const child: ChildProcess = spawn(server.command, [...nodeArgs, ...server.args], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const stop = () => stopChild(child);
  try {
    await waitForHttp(`${baseUrl}/sign-in`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, rssMb: () => rssOf(child.pid!), stop };
}
