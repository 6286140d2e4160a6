// Every namespace a client component translates with reaches the browser: a page or layout in its folder or above
// wraps it in ClientMessages with that namespace (or the namespace is one every page gets).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");
const SHARED = ["errorPage", "common", "errors", "locale"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Namespaces given to ClientMessages by the page.tsx and layout.tsx of one folder. */
function providedIn(dir: string): string[] {
  return ["page.tsx", "layout.tsx"].flatMap((name) => {
    let source: string;
    try {
      source = readFileSync(path.join(dir, name), "utf8");
    } catch {
      return [];
    }
    return [...source.matchAll(/<ClientMessages namespaces=\{(\[[^\]]*\])\}/g)].flatMap((m) => JSON.parse(m[1]!) as string[]);
  });
}

function covered(namespace: string, provided: string[]): boolean {
  return provided.some((p) => namespace === p || namespace.startsWith(`${p}.`));
}

const clientComponents = files(APP).filter((file) => /^["']use client["']/m.test(readFileSync(file, "utf8")));
const uses = clientComponents.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => ({ file: path.relative(APP, file), namespace: m[1]! })),
);

describe("client component messages", () => {
  it("finds the client components that translate", () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it.each(uses.map((u) => [u.file, u.namespace] as const))("%s gets %s", (file, namespace) => {
    const provided = [...SHARED];
    for (let dir = path.dirname(path.join(APP, file)); dir.startsWith(APP); dir = path.dirname(dir)) provided.push(...providedIn(dir));
    expect(covered(namespace, provided), `${namespace} is not sent to ${file}`).toBe(true);
  });
});
