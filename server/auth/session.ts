// The current request's session, decoded once however many layouts, pages and the tRPC caller ask for it. It only
// decrypts the session cookie (Auth.js's own decoder and cookie names); Auth.js's auth() would also re-encrypt the
// token for a cookie that a page cannot set — two thirds of its cost on every request. A decrypted token is kept
// until it expires (session-token-cache.ts).
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { Session } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import { env } from "@/server/env";
import { SECURE_SESSION_COOKIE } from "./session-cookie";
import { sessionTokenCache } from "./session-token-cache";

/** The session's user as the app sees it (also what Auth.js's session callback returns). */
export function sessionUser(token: JWT): Session["user"] {
  return {
    id: token.sub ?? "",
    kind: token.kind ?? null,
    firmId: token.firmId ?? null,
    role: token.role ?? null,
    clientIds: token.clientIds ?? [],
    signedInAt: token.signedInAt ?? 0,
  };
}

/** One per server process; 10,000 tokens are a few megabytes. */
const decryptedTokens = sessionTokenCache(10_000);

/** The signed-in user of this request, or null (no cookie, or one that does not decrypt or has expired). */
export const currentSession = cache(async (): Promise<Pick<Session, "user"> | null> => {
  const requestHeaders = await headers();
  const cookieHeader = requestHeaders.get("cookie") ?? "";
  const secureCookie = cookieHeader.includes(SECURE_SESSION_COOKIE);
  const token = await decryptedTokens.read(cookieHeader, secureCookie, () =>
    getToken({ req: { headers: requestHeaders }, secret: env().AUTH_SECRET, secureCookie }),
  );
  return token?.sub ? { user: sessionUser(token) } : null;
});
