// The `next` parameter of sign-in: only a same-origin path inside the audience's own area, else its home.
import { PORTAL_HOME, STAFF_HOME } from "@/server/auth/guards";

export type Audience = "staff" | "portal";

const homes: Record<Audience, string> = { staff: STAFF_HOME, portal: PORTAL_HOME };
const PROBE_ORIGIN = "http://app.invalid";

/** The normalized path when `raw` is a same-origin path inside the audience's area, else null. */
function pathInside(raw: unknown, audience: Audience): string | null {
  const home = homes[audience];
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (url.pathname !== home && !url.pathname.startsWith(`${home}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function safeNextPath(raw: unknown, audience: Audience): string {
  return pathInside(raw, audience) ?? homes[audience];
}

/** The audience whose area a `next` path points into, if any (chooses the sign-in tab shown first). */
export function audienceOfNext(raw: unknown): Audience | null {
  if (pathInside(raw, "portal")) return "portal";
  if (pathInside(raw, "staff")) return "staff";
  return null;
}
