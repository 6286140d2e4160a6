// Rate limits hold across app instances: two Prisma clients (two pools) count against the same window.
import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/server/db";
import { clientIp, enforceRateLimits, hitRateLimit, refundRateLimit } from "@/server/rate-limit/rate-limit";
import { longestWindowMs, pruneEndedRateLimits } from "@/server/rate-limit/housekeeping";

const instances = [createPrismaClient(process.env.DATABASE_URL!, { max: 3 }), createPrismaClient(process.env.DATABASE_URL!, { max: 3 })];
const rule = { limit: 5, windowMs: 60_000 };
const key = () => `test:${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await Promise.all(instances.map((client) => client.$disconnect()));
});

describe("rate limit", () => {
  it("prunes windows that ended and keeps the current ones", async () => {
    const [ended, current] = [key(), key()];
    const now = new Date("2026-06-01T12:00:00Z");
    await hitRateLimit(ended, rule, { client: instances[0]!, now: new Date(now.getTime() - longestWindowMs() - 60_000) });
    await hitRateLimit(current, rule, { client: instances[0]!, now: new Date(now.getTime() - 60_000) });
    expect(await pruneEndedRateLimits(now, instances[1]!)).toBeGreaterThanOrEqual(1);
    const left = await instances[0]!.rateLimit.findMany({ where: { key: { in: [ended, current] } }, select: { key: true } });
    expect(left.map((row) => row.key)).toEqual([current]);
  });

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

  it("throws TOO_MANY_REQUESTS with the given message key, and reads the client address from proxy headers (TRUST_PROXY hops from the right)", async () => {
    const k = key();
    for (let i = 0; i < 5; i++) await enforceRateLimits([[k, rule], null], "auth.codeForm.tooMany", { client: instances[0]! });
    await expect(enforceRateLimits([[k, rule]], "auth.codeForm.tooMany", { client: instances[1]! })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", messageKey: "auth.codeForm.tooMany" });
    const forged = new Headers({ "x-forwarded-for": "203.0.113.7, 198.51.100.9, 10.0.0.1", "x-real-ip": "192.0.2.1" });
    expect(clientIp(forged, 0)).toBe("10.0.0.1");
    expect(clientIp(forged, 1)).toBe("10.0.0.1");
    expect(clientIp(forged, 2)).toBe("198.51.100.9");
    expect(clientIp(forged, 9)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }), 0)).toBeNull();
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }), 1)).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBeNull();
  });

  it("gives a refunded hit back in its window only, never below zero", async () => {
    const k = key();
    const now = new Date("2026-05-01T10:00:10Z");
    await hitRateLimit(k, rule, { client: instances[0]!, now });
    await hitRateLimit(k, rule, { client: instances[1]!, now });
    await refundRateLimit(k, rule, { client: instances[1]!, now });
    await refundRateLimit(k, rule, { client: instances[0]!, now: new Date("2026-05-01T10:05:00Z") });
    expect((await hitRateLimit(k, rule, { client: instances[0]!, now })).count).toBe(2);
    for (let i = 0; i < 5; i++) await refundRateLimit(k, rule, { client: instances[0]!, now });
    expect((await hitRateLimit(k, rule, { client: instances[1]!, now })).count).toBe(1);
  });
});
