// Proxy (Next 16's middleware): sends visitors of /office and /portal without a session cookie to sign-in, and gives
// every page a per-request CSP nonce (Next.js reads it from the request's CSP header) plus HSTS on https.
// It only looks for the cookie: the area layouts decode the session once per request and send a person with an
// invalid session, or of the other audience, where they belong (Next.js advises optimistic checks in the proxy).
import { NextResponse, type NextRequest } from "next/server";
import { isSessionCookie, REQUEST_PATH_HEADER } from "@/server/auth/session-cookie";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/server/security/headers";

const STAFF_AREA = "/office";
const PORTAL_AREA = "/portal";

function inside(pathname: string, area: string): boolean {
  return pathname === area || pathname.startsWith(`${area}/`);
}

/** Lets the request through with the nonce, the CSP and the visited path visible to the page's rendering. */
function next(req: NextRequest, csp: string, nonce: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set(REQUEST_PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

function withSecurityHeaders(res: NextResponse, csp: string): NextResponse {
  res.headers.set("content-security-policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) res.headers.set("strict-transport-security", hsts);
  return res;
}

export function proxy(req: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const { pathname, search } = req.nextUrl;
  const guarded = inside(pathname, STAFF_AREA) || inside(pathname, PORTAL_AREA);
  if (guarded && !req.cookies.getAll().some((cookie) => isSessionCookie(cookie.name))) {
    const target = new URL("/sign-in", req.nextUrl);
    target.searchParams.set("next", `${pathname}${search}`);
    return withSecurityHeaders(NextResponse.redirect(target), csp);
  }
  return withSecurityHeaders(next(req, csp, nonce), csp);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon\\.ico|.*\\.[\\w]+$).*)"],
};
