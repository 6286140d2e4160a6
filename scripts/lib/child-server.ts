// A production server run as a child process (benchmark, soak, end-to-end tests): a free port, waiting until it
// answers, stopping it.
import type { ChildProcess } from "node:child_process";

export { freePort } from "@/server/db/embedded";

/** Resolves once `url` answers below 500; fails when the child exits first or after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, opts: { timeoutMs?: number; logFile?: string } = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const where = opts.logFile ? ` (log: ${opts.logFile})` : "";
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}${where}`);
    const answered = await fetch(url, { redirect: "manual" }).then((res) => res.status < 500, () => false);
    if (answered) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${where}`);
}

/** SIGTERM, then SIGKILL if the child has not exited within 5 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
