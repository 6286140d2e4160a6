// Decrypted session tokens are reused by cookie until they expire; tokens that do not decrypt are never kept.
import { describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import { sessionCookieParts, sessionTokenCache } from "@/server/auth/session-token-cache";

const secret = "session-token-cache-test-secret-0123456789";
const salt = "authjs.session-token";

async function sessionCookie(sub: string, maxAge = 3600): Promise<string> {
  return `authjs.session-token=${await encode({ token: { sub, role: "ADMIN" }, secret, salt, maxAge })}`;
}

/** Auth.js's own decryption of the cookie, counting how often it runs. */
function countingDecoder(cookieHeader: string) {
  const counter = { calls: 0 };
  const token = cookieHeader.split("authjs.session-token=")[1]?.split(";")[0] ?? "";
  const run = async (): Promise<JWT | null> => {
    counter.calls += 1;
    return decode({ token, secret, salt }).catch(() => null);
  };
  return { counter, run };
}

describe("session token cache", () => {
  it("decrypts a cookie once and answers the same token afterwards", async () => {
    const cache = sessionTokenCache(100);
    const cookie = `NEXT_LOCALE=ru; ${await sessionCookie("user-1")}`;
    const decoder = countingDecoder(cookie);
    const first = await cache.read(cookie, false, decoder.run);
    const second = await cache.read(cookie, false, decoder.run);
    expect(first?.sub).toBe("user-1");
    expect(second).toEqual(first);
    expect(decoder.counter.calls).toBe(1);
  });

  it("keeps different cookies, and the http and https names, apart", async () => {
    const cache = sessionTokenCache(100);
    const one = await sessionCookie("user-1");
    const two = await sessionCookie("user-2");
    const a = countingDecoder(one);
    const b = countingDecoder(two);
    expect((await cache.read(one, false, a.run))?.sub).toBe("user-1");
    expect((await cache.read(two, false, b.run))?.sub).toBe("user-2");
    expect((await cache.read(one, true, a.run))?.sub).toBe("user-1");
    expect(a.counter.calls).toBe(2);
    expect(b.counter.calls).toBe(1);
    expect(cache.size).toBe(3);
  });

  it("asks again once the token's expiry has passed, and forgets it when it no longer decrypts", async () => {
    let clock = Date.now();
    const cache = sessionTokenCache(100, () => clock);
    const cookie = await sessionCookie("user-1", 60);
    const decoder = countingDecoder(cookie);
    await cache.read(cookie, false, decoder.run);
    clock += 61_000;
    expect((await cache.read(cookie, false, decoder.run))?.sub).toBe("user-1");
    expect(decoder.counter.calls).toBe(2);

    const expired = await sessionCookie("user-2", -3600);
    const expiredDecoder = countingDecoder(expired);
    expect(await cache.read(expired, false, expiredDecoder.run)).toBeNull();
    expect(await cache.read(expired, false, expiredDecoder.run)).toBeNull();
    expect(expiredDecoder.counter.calls).toBe(2);
  });

  it("never keeps a cookie that does not decrypt, and skips decryption without a session cookie", async () => {
    const cache = sessionTokenCache(100);
    const forged = "authjs.session-token=not-a-token";
    const decoder = countingDecoder(forged);
    expect(await cache.read(forged, false, decoder.run)).toBeNull();
    expect(await cache.read(forged, false, decoder.run)).toBeNull();
    expect(decoder.counter.calls).toBe(2);
    const none = countingDecoder("");
    expect(await cache.read("NEXT_LOCALE=en", false, none.run)).toBeNull();
    expect(none.counter.calls).toBe(0);
    expect(cache.size).toBe(0);
  });

  it("forgets the oldest token beyond its limit", async () => {
    const cache = sessionTokenCache(2);
    const cookies = await Promise.all(["u1", "u2", "u3"].map((sub) => sessionCookie(sub)));
    const decoders = cookies.map(countingDecoder);
    for (const [i, cookie] of cookies.entries()) await cache.read(cookie, false, decoders[i]!.run);
    expect(cache.size).toBe(2);
    await cache.read(cookies[2]!, false, decoders[2]!.run);
    await cache.read(cookies[0]!, false, decoders[0]!.run);
    expect(decoders[2]!.counter.calls).toBe(1);
    expect(decoders[0]!.counter.calls).toBe(2);
  });

  it("reads only the session cookie and its numbered parts from a Cookie header", () => {
    expect(sessionCookieParts("a=1; authjs.session-token.1=y; NEXT_LOCALE=ru; authjs.session-token.0=x")).toBe(
      "authjs.session-token.0=x; authjs.session-token.1=y",
    );
    expect(sessionCookieParts("__Secure-authjs.session-token=z; other=2")).toBe("__Secure-authjs.session-token=z");
    expect(sessionCookieParts("authjs.session-token-fake=1; broken")).toBe("");
  });
});
