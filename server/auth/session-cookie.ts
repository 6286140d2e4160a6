// Names the proxy needs without loading Auth.js: the session cookie's and the header that carries the visited path.

/** Auth.js's name on https; on plain http the name is the same without the prefix. */
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/** Plain http and https names, and the numbered parts Auth.js splits a large cookie into. */
const SESSION_COOKIE_NAMES = ["authjs.session-token", SECURE_SESSION_COOKIE];

export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`));
}

/** Request header the proxy puts the visited path (with its query) in, so a guard's sign-in redirect can come back to it. */
export const REQUEST_PATH_HEADER = "x-request-path";
