// Scenario results: a PASS/FAIL line per check with its figures, printed and written to soak/RESULTS.md.
import { cpus, hostname, loadavg, totalmem } from "node:os";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { LoadResult } from "./load";

export type Check = { what: string; pass: boolean; figure: string };
export type ScenarioResult = { name: string; checks: Check[]; table?: string; notes: string[] };

export const passed = (s: ScenarioResult) => s.checks.length > 0 && s.checks.every((c) => c.pass);

export function loadTable(result: LoadResult): string {
  const rows = result.byOp.map((o) => `| ${o.name} | ${o.write ? "write" : "read"} | ${o.count} | ${o.errors} | ${o.p50} | ${o.p95} | ${o.p99} |`);
  return ["| operation | kind | requests | errors | p50 ms | p95 ms | p99 ms |", "|---|---|---:|---:|---:|---:|---:|", ...rows].join("\n");
}

function machine(): string {
  const cpu = cpus();
  return `${hostname()}: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; load average at the end ${loadavg()[0]!.toFixed(1)}`;
}

export function render(results: ScenarioResult[], startedAt: Date): string {
  const lines = [
    "# Soak results (`npm run soak`)",
    "",
    `Run ${startedAt.toISOString()} on ${machine()}.`,
    "",
    "| scenario | check | result | figure |",
    "|---|---|---|---|",
    ...results.flatMap((s) => s.checks.map((c) => `| ${s.name} | ${c.what} | ${c.pass ? "PASS" : "FAIL"} | ${c.figure} |`)),
    "",
  ];
  for (const s of results) {
    lines.push(`## ${s.name}: ${passed(s) ? "PASS" : "FAIL"}`, "");
    if (s.table) lines.push(s.table, "");
    for (const note of s.notes) lines.push(`- ${note}`);
    lines.push("");
  }
  return lines.join("\n");
}

export function printSummary(results: ScenarioResult[]): void {
  console.log("\n================ SOAK SUMMARY ================");
  for (const s of results) {
    console.log(`${passed(s) ? "PASS" : "FAIL"}  ${s.name}`);
    for (const c of s.checks) console.log(`   ${c.pass ? "ok  " : "FAIL"} ${c.what}: ${c.figure}`);
  }
  console.log(`==============================================\n${results.every(passed) ? "ALL PASS" : "SOME FAILED"}`);
}

export async function writeResults(results: ScenarioResult[], startedAt: Date, root: string): Promise<string> {
  const file = process.env.SOAK_RESULTS ?? path.join(root, "soak/RESULTS.md");
  await writeFile(file, render(results, startedAt));
  return file;
}
