// Rate limits hold across app instances: two Prisma clients (two pools) count against the same window.
import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/server/db";
import { clientIp, enforceRateLimits, hitRateLimit } from "@/server/rate-limit/rate-limit";

const instances = [createPrismaClient(process.env.DATABASE_URL!, { max: 3 }), createPrismaClient(process.env.DATABASE_URL!, { max: 3 })];
const rule = { limit: 5, windowMs: 60_000 };
const key = () => `test:${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await Promise.all(instances.map((client) => client.$disconnect()));
});

describe("rate limit", () => {
  it("counts hits from two instances in one window and refuses past the limit", async () => {
    const k = key();
    const now = new Date("2026-05-01T10:00:10Z");
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await hitRateLimit(k, rule, { client: instances[i % 2]!, now }));
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    const next = await hitRateLimit(k, rule, { client: instances[1]!, now: new Date("2026-05-01T10:01:05Z") });
    expect(next).toMatchObject({ count: 1, allowed: true });
  });

  it("never hands out the same count twice under concurrent hits from both instances", async () => {
    const k = key();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => hitRateLimit(k, { limit: 10, windowMs: 60_000 }, { client: instances[i % 2]!, now })));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it("throws TOO_MANY_REQUESTS with the given message key, and reads the client address from proxy headers", async () => {
    const k = key();
    for (let i = 0; i < 5; i++) await enforceRateLimits([[k, rule], null], "auth.codeForm.tooMany", { client: instances[0]! });
    await expect(enforceRateLimits([[k, rule]], "auth.codeForm.tooMany", { client: instances[1]! })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "auth.codeForm.tooMany" });
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBeNull();
  });
});
