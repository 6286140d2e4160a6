// Proxy (Next 16's middleware): sends signed-out visitors of /office and /portal to sign-in, and each audience to its own area.
import { NextResponse } from "next/server";
import { auth } from "@/server/auth";

const STAFF_AREA = "/office";
const PORTAL_AREA = "/portal";

function inside(pathname: string, area: string): boolean {
  return pathname === area || pathname.startsWith(`${area}/`);
}

export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  const inOffice = inside(pathname, STAFF_AREA);
  const inPortal = inside(pathname, PORTAL_AREA);
  if (!inOffice && !inPortal) return NextResponse.next();

  const user = req.auth?.user;
  if (!user?.id) {
    const target = new URL("/sign-in", req.nextUrl);
    target.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  if (inPortal && user.kind === "staff") return NextResponse.redirect(new URL(STAFF_AREA, req.nextUrl));
  if (inOffice && user.kind === "portal") return NextResponse.redirect(new URL(PORTAL_AREA, req.nextUrl));
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon\\.ico|.*\\.[\\w]+$).*)"],
};
