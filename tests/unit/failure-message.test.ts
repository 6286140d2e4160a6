// Server message keys read in the user's language: which catalog key a server key becomes in each area, and that
// every key the server code sends is a message in both catalogs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ru from "@/messages/ru/index";
import en from "@/messages/en/index";
import { isMessageKey } from "@/app/_i18n/message-key";
import { messageKeyFor } from "@/app/_components/failure-message";

const has = (key: string) => isMessageKey(ru, key);
const area = (...namespaces: string[]) => ({ namespaces });

describe("isMessageKey", () => {
  it("is true for a message only", () => {
    expect(isMessageKey(ru, "errors.notFound")).toBe(true);
    expect(isMessageKey(ru, "staffAdmin.invite.errors.used")).toBe(true);
    expect(isMessageKey(ru, "errors")).toBe(false);
    expect(isMessageKey(ru, "errors.noSuchKey")).toBe(false);
    expect(isMessageKey(ru, "errors.notFound.deeper")).toBe(false);
    expect(isMessageKey(ru, "__proto__.constructor")).toBe(false);
  });
});

describe("messageKeyFor", () => {
  const groups = area("groups.errors", "staffAdmin.errors", "staffAdmin.invite.errors", "errors");

  it("keeps a key of one of the area's namespaces", () => {
    expect(messageKeyFor("staffAdmin.invite.errors.used", groups, has, "groups.errors.generic")).toBe("staffAdmin.invite.errors.used");
    expect(messageKeyFor("staffAdmin.errors.lastAdmin", groups, has, "groups.errors.generic")).toBe("staffAdmin.errors.lastAdmin");
    expect(messageKeyFor("errors.notFound", groups, has, "groups.errors.generic")).toBe("errors.notFound");
  });

  it("reads another area's key by its last segment in the area's own words", () => {
    expect(messageKeyFor("groups.errors.overCapacity", area("programs.errors", "errors"), has, "errors.internal")).toBe("programs.errors.overCapacity");
    expect(messageKeyFor("errors.notFound", area("portal.errors"), has, "portal.errors.generic")).toBe("portal.errors.notFound");
    expect(messageKeyFor("freshSignInRequired", area("portal.errors"), has, "portal.errors.generic")).toBe("portal.errors.freshSignInRequired");
  });

  it("takes a key the area does not have from anywhere in the catalog, and the fallback for anything unknown", () => {
    expect(messageKeyFor("errors.internal", area("portal.errors"), has, "portal.errors.generic")).toBe("errors.internal");
    expect(messageKeyFor("leads.errors.noSuchThing", area("leads.errors", "errors"), has, "leads.errors.generic")).toBe("leads.errors.generic");
    expect(messageKeyFor("Too small: expected string to have >=1 characters", area("programs.errors"), has, "programs.errors.invalidField")).toBe("programs.errors.invalidField");
    expect(messageKeyFor(null, groups, has, "groups.errors.generic")).toBe("groups.errors.generic");
    expect(messageKeyFor("errors", groups, has, "groups.errors.generic")).toBe("groups.errors.generic");
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the error keys the server sends", () => {
  const KEY = /["'`]((?:[A-Za-z]+\.)*errors\.[A-Za-z]+)["'`]/g;
  const keys = new Set(sourceFiles(path.resolve(import.meta.dirname, "../../server")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(KEY)].map((match) => match[1]!)));

  it("are found in the server code", () => {
    expect(keys).toContain("errors.notFound");
    expect(keys).toContain("programs.errors.staleProgram");
    expect(keys).toContain("staffAdmin.invite.errors.used");
    expect(keys.size).toBeGreaterThan(40);
  });

  it("are messages in Russian and in English", () => {
    const missing = [...keys].filter((key) => !isMessageKey(ru, key) || !isMessageKey(en, key));
    expect(missing).toEqual([]);
  });
});
