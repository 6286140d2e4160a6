// Cookie flags for the app's own cookies: `secure` whenever the page is served over https.
import { headers } from "next/headers";

/** Whether the current request reached the app over https (directly, or through a proxy that says so), or the app URL is https. */
export async function requestIsHttps(): Promise<boolean> {
  if ((process.env.APP_URL ?? "").startsWith("https://")) return true;
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "https";
}
