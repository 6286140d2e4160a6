// Proxy (Next 16's middleware): sends signed-out visitors of /office and /portal to sign-in, each audience to its own
// area, and gives every page a per-request CSP nonce (Next.js reads it from the request's CSP header) plus HSTS on https.
import { NextResponse } from "next/server";
import { auth } from "@/server/auth";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/server/security/headers";

const STAFF_AREA = "/office";
const PORTAL_AREA = "/portal";

function inside(pathname: string, area: string): boolean {
  return pathname === area || pathname.startsWith(`${area}/`);
}

/** Lets the request through with the nonce and CSP visible to the page's rendering. */
function next(req: Request, csp: string, nonce: string): NextResponse {
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return NextResponse.next({ request: { headers } });
}

function withSecurityHeaders(res: NextResponse, csp: string): NextResponse {
  res.headers.set("content-security-policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) res.headers.set("strict-transport-security", hsts);
  return res;
}

export const proxy = auth((req) => {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const { pathname, search } = req.nextUrl;
  const inOffice = inside(pathname, STAFF_AREA);
  const inPortal = inside(pathname, PORTAL_AREA);
  if (!inOffice && !inPortal) return withSecurityHeaders(next(req, csp, nonce), csp);

  const user = req.auth?.user;
  if (!user?.id) {
    const target = new URL("/sign-in", req.nextUrl);
    target.searchParams.set("next", `${pathname}${search}`);
    return withSecurityHeaders(NextResponse.redirect(target), csp);
  }
  if (inPortal && user.kind === "staff") return withSecurityHeaders(NextResponse.redirect(new URL(STAFF_AREA, req.nextUrl)), csp);
  if (inOffice && user.kind === "portal") return withSecurityHeaders(NextResponse.redirect(new URL(PORTAL_AREA, req.nextUrl)), csp);
  return withSecurityHeaders(next(req, csp, nonce), csp);
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon\\.ico|.*\\.[\\w]+$).*)"],
};
