// Formats the benchmark's figures: a table per size, the machine, the targets check; written to bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import type { LoadResult } from "./load";
import type { QueryCount } from "./extras";
import { CALIBRATION_PAGE } from "./targets";

export type ScaleReport = {
  clients: number;
  rows: LoadResult[];
  queries: Map<string, QueryCount>;
  rssMb: number;
  js?: { kb: number; files: number };
  requestsPerView?: Map<string, number>;
  generation?: { median: number; p95: number };
  sessions: { admin: number; manager: number; portal: number };
};

const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : "—");

export function machine(databaseVersion: string): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync("nproc").toString().trim();
  } catch {
    // cpus() is good enough
  }
  return `${nproc} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${databaseVersion}`;
}

const ratio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "—");
const calibrationRps = (report: ScaleReport) => report.rows.find((row) => row.name === CALIBRATION_PAGE)?.rps ?? Number.NaN;

export function table(report: ScaleReport): string {
  const floor = report.rows[0]?.rps ?? Number.NaN;
  const calibration = calibrationRps(report);
  const lines = [
    "| target | rps | × static | × calibration page | p50 ms | p95 ms | p99 ms | DB round trips | non-2xx/errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of report.rows) {
    const q = report.queries.get(row.name);
    lines.push(`| ${row.name} | ${Math.round(row.rps)} | ${ratio(row.rps / floor)} | ${ratio(row.rps / calibration)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${q ? q.queries : "—"} | ${row.non2xx}/${row.errors} |`);
  }
  return lines.join("\n");
}

export function extras(report: ScaleReport): string {
  const parts = [report.rssMb > 0 ? `- Server memory (VmRSS of the server process) after the run: ${report.rssMb.toFixed(0)} MB` : "- Server memory: the server was not running at the end of the run"];
  if (report.js) parts.push(`- Portal home JavaScript in Chromium: ${report.js.kb.toFixed(1)} kB gzipped in ${report.js.files} files`);
  if (report.requestsPerView?.size) {
    const views = [...report.requestsPerView].map(([path, n]) => `${path} ${n}`).join(", ");
    parts.push(`- Requests one page view sends to the server in Chromium (static files aside; loaded, scrolled, 3 s): ${views}`);
  }
  if (report.generation) parts.push(`- Program generation (10-task template, own transaction, 200 runs): median ${report.generation.median.toFixed(1)} ms, p95 ${report.generation.p95.toFixed(1)} ms`);
  parts.push(`- Signed-in sessions: ${report.sessions.admin} admin, ${report.sessions.manager} manager, ${report.sessions.portal} portal (used in turn by 32 connections)`);
  return parts.join("\n");
}

/** The targets against the figures (p95 growth compares the smallest and largest size measured). */
export function targetsCheck(reports: ScaleReport[]): string {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? "✅" : "❌");
  const key = ["/office dashboard", "/office/clients first page", "/portal home"];
  for (const r of reports) {
    const floor = r.rows[0]!.rps;
    const failing = r.rows.filter((row) => row.non2xx > 0 || row.errors > 0);
    lines.push(`- ${r.clients} clients: every request answered 2xx ${mark(failing.length === 0)}${failing.length ? ` (failed: ${failing.map((f) => `${f.name} ${f.non2xx + f.errors}`).join(", ")})` : ""}`);
    const measured = r.rows.filter((row) => !row.reference);
    const calibration = r.rows.find((row) => row.name === CALIBRATION_PAGE);
    if (calibration) lines.push(`- ${r.clients} clients: the calibration page itself (this machine's floor for a page): ${ratio(calibration.rps / floor)}× static, p95 ${ms(calibration.p95)} ms`);
    const slow = measured.filter((row) => row.rps < 0.1 * floor);
    lines.push(`- ${r.clients} clients: ≥ 0.1× static ${mark(slow.length === 0)}${slow.length ? ` (below: ${slow.map((s) => `${s.name} ${(s.rps / floor).toFixed(2)}×`).join(", ")})` : ""}`);
    const over = measured.filter((row) => key.some((k) => row.name.startsWith(k)) && row.p95 >= 150);
    lines.push(`- ${r.clients} clients: p95 < 150 ms for client list, dashboard, portal home ${mark(over.length === 0)}${over.length ? ` (over: ${over.map((o) => `${o.name} ${ms(o.p95)} ms`).join(", ")})` : ""}`);
    const many = [...r.queries].filter(([name, q]) => measured.some((row) => row.name === name) && q.queries > 4);
    lines.push(`- ${r.clients} clients: ≤ 4 DB round trips ${mark(many.length === 0)}${many.length ? ` (over: ${many.map(([n, q]) => `${n} ${q.queries}`).join(", ")})` : ""}`);
    lines.push(`- ${r.clients} clients: memory < 500 MB ${mark(r.rssMb > 0 && r.rssMb < 500)} (${r.rssMb > 0 ? `${r.rssMb.toFixed(0)} MB` : "server not running at the end"})`);
    if (r.generation) lines.push(`- ${r.clients} clients: program generation < 20 ms ${mark(r.generation.p95 < 20)} (p95 ${r.generation.p95.toFixed(1)} ms)`);
    if (r.js) lines.push(`- portal home JS < 200 kB gzipped ${mark(r.js.kb < 200)} (${r.js.kb.toFixed(1)} kB)`);
  }
  if (reports.length > 1) {
    const [small, large] = [reports[0]!, reports.at(-1)!];
    const growthOf = (name: string) => {
      const [before, after] = [small, large].map((r) => r.rows.find((row) => row.name === name));
      return before && after ? after.p95 / before.p95 : Number.NaN;
    };
    // The calibration page does the same work at every size: its growth is the machine's drift during the run.
    const drift = growthOf(CALIBRATION_PAGE);
    if (Number.isFinite(drift)) lines.push(`- p95 growth ${small.clients}→${large.clients} of the calibration page (same work at every size, so the machine's drift): ${ratio(drift)}×`);
    for (const row of large.rows.filter((r) => !r.reference)) {
      const growth = growthOf(row.name);
      if (!Number.isFinite(growth)) continue;
      lines.push(`- p95 growth ${small.clients}→${large.clients} for ${row.name}: ${growth.toFixed(2)}× ${mark(growth <= 1.3)}`);
    }
  }
  return lines.join("\n");
}
