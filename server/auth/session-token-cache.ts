// Decrypted session tokens remembered by their cookie until they expire, so a signed-in user's requests pay for the
// cookie's decryption (a fifth of a tRPC call's CPU) once per process instead of once per request.
import { createHash } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { isSessionCookie } from "./session-cookie";

/** The session cookie parts of a Cookie header (name=value, in name order), or "" when there are none. */
export function sessionCookieParts(cookieHeader: string): string {
  return cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => isSessionCookie(pair.slice(0, Math.max(0, pair.indexOf("=")))))
    .sort()
    .join("; ");
}

export type SessionTokenCache = {
  /** The token `decode` gives for these cookies; a remembered one is reused until its `exp` passes. */
  read(cookieHeader: string, secureCookie: boolean, decode: () => Promise<JWT | null>): Promise<JWT | null>;
  readonly size: number;
};

/** At most `limit` tokens (the oldest is forgotten first); only tokens with a subject and an expiry are kept. */
export function sessionTokenCache(limit: number, now: () => number = Date.now): SessionTokenCache {
  const tokens = new Map<string, JWT>();
  return {
    get size() {
      return tokens.size;
    },
    async read(cookieHeader, secureCookie, decode) {
      const parts = sessionCookieParts(cookieHeader);
      if (!parts) return null;
      const key = createHash("sha256").update(`${secureCookie ? "secure" : "plain"}\n${parts}`).digest("base64url");
      const known = tokens.get(key);
      if (known && typeof known.exp === "number" && known.exp * 1000 > now()) return known;
      tokens.delete(key);
      const token = await decode();
      if (token?.sub && typeof token.exp === "number") {
        if (tokens.size >= limit) tokens.delete(tokens.keys().next().value!);
        tokens.set(key, token);
      }
      return token;
    },
  };
}
