// Every link goes through app/_components/ui/link.tsx, which turns prefetching off (see its comment).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");
const THE_LINK = path.join(APP, "_components/ui/link.tsx");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("links", () => {
  it("import next/link only in the app's Link", () => {
    const direct = sources(APP).filter((file) => file !== THE_LINK && /from\s+["']next\/link["']/.test(readFileSync(file, "utf8")));
    expect(direct.map((file) => path.relative(APP, file))).toEqual([]);
    expect(readFileSync(THE_LINK, "utf8")).toContain("prefetch={false}");
  });
});
