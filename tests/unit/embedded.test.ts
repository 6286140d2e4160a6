// Embedded PostgreSQL after a crash: a stale postmaster.pid is removed (and only it), a live server is reported, never replaced.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runningServer, startEmbeddedPostgres } from "@/server/db/embedded";

let dir: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "onboarding-embedded-"));
  await mkdir(path.join(dir, "cluster"));
  await writeFile(path.join(dir, "cluster", "PG_VERSION"), "18\n");
});

afterEach(async () => {
  child?.kill();
  child = undefined;
  await rm(dir, { recursive: true, force: true });
});

const pidFile = () => path.join(dir, "cluster", "postmaster.pid");
const writePidFile = (pid: number) => writeFile(pidFile(), `${pid}\n${dir}/cluster\n1700000000\n45678\n\n127.0.0.1\n`);

/** A process whose name is "postgres" (a symlink to sleep), like a server left running by a crashed run. */
async function fakePostgres(): Promise<number> {
  const bin = path.join(dir, "postgres");
  await symlink("/bin/sleep", bin);
  child = spawn(bin, ["30"], { stdio: "ignore" });
  await new Promise((resolve) => child?.once("spawn", resolve));
  return child.pid ?? 0;
}

async function exitedPid(): Promise<number> {
  const done = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => done.once("exit", resolve));
  return done.pid ?? 0;
}

describe.skipIf(process.platform !== "linux")("embedded PostgreSQL pid file", () => {
  it("is fine without a pid file", async () => {
    expect(await runningServer(path.join(dir, "cluster"), () => undefined)).toBeNull();
  });

  it("removes a stale pid file, says so in one line, and keeps everything else", async () => {
    await writePidFile(await exitedPid());
    const notices: string[] = [];

    expect(await runningServer(path.join(dir, "cluster"), (line) => notices.push(line))).toBeNull();

    expect(existsSync(pidFile())).toBe(false);
    expect(await readdir(path.join(dir, "cluster"))).toEqual(["PG_VERSION"]);
    expect(notices).toEqual([expect.stringMatching(/^Removed a stale .*postmaster\.pid .*crashed run/)]);
  });

  it("reports a live server with its port instead of starting a second one", async () => {
    const pid = await fakePostgres();
    await writePidFile(pid);

    expect(await runningServer(path.join(dir, "cluster"))).toEqual({ pid, port: 45678 });
    await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow(
      new RegExp(`already running .*\\(PID ${pid}, port 45678\\).*kill ${pid}`),
    );
    expect(existsSync(pidFile())).toBe(true);
    const reused = await startEmbeddedPostgres({ dataDir: dir, reuseRunning: true });
    expect(reused.connectionString("x")).toMatch(/@127\.0\.0\.1:45678\/x$/);
  });
});
