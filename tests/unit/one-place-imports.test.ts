// Rules kept in one module each: links go through app/_components/ui/link.tsx (no prefetching), server-side
// translations and formatters through app/_i18n/server.ts (caches shared across requests).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** App files other than `owner` whose source matches `pattern`, relative to app/. */
function offenders(owner: string, pattern: RegExp): string[] {
  return sources(APP)
    .filter((file) => file !== path.join(APP, owner) && pattern.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(APP, file));
}

describe("one place for each rule", () => {
  it("only the app's Link imports next/link, and it turns prefetching off", () => {
    expect(offenders("_components/ui/link.tsx", /from\s+["']next\/link["']/)).toEqual([]);
    expect(readFileSync(path.join(APP, "_components/ui/link.tsx"), "utf8")).toContain("prefetch={false}");
  });

  it("only app/_i18n/server.ts takes getTranslations or getFormatter from next-intl/server", () => {
    const fromNextIntlServer = /import\s*\{[^}]*\b(getTranslations|getFormatter)\b[^}]*\}\s*from\s*["']next-intl\/server["']/;
    expect(offenders("_i18n/server.ts", fromNextIntlServer)).toEqual([]);
  });
});
