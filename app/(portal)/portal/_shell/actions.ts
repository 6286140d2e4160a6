"use server";
// Server action of the client switcher: remembers the chosen client, only if the person is one of its authorized persons.
import { cookies } from "next/headers";
import { requirePortalPerson } from "@/server/auth/guards";
import { requestIsHttps } from "@/server/security/cookies";
import { PORTAL_CLIENT_COOKIE } from "./current-client";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function selectPortalClient(formData: FormData): Promise<void> {
  const actor = await requirePortalPerson();
  const clientId = formData.get("clientId");
  if (typeof clientId !== "string" || !actor.memberships.some((m) => m.clientId === clientId)) return;
  (await cookies()).set(PORTAL_CLIENT_COOKIE, clientId, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: await requestIsHttps(),
  });
}
