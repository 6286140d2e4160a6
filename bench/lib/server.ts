// Starts the production server (as `npm start` runs it; build in .next-bench) on a database, waits for it, reads its memory, stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { BENCH_SECRETS } from "./database";
import { productionServerCommand } from "@/scripts/lib/production-server";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BENCH_DIST_DIR = ".next-bench";

export type AppServer = { baseUrl: string; pid: number; rssMb(): number; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

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
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/sign-in`, { redirect: "manual" }).then((r) => r.status < 500, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the server did not answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, pid: child.pid!, rssMb: () => rssOf(child.pid!), stop };
}
