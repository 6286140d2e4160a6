"use server";
// Server actions of the access page: reveal one password, report one that does not work, ask for a fresh code.
import { redirect } from "next/navigation";
import { getTranslations } from "@/app/_i18n/server";
import { requirePortalPerson } from "@/server/auth/guards";
import { serverApi } from "@/server/trpc/server";
import { CHECK_EMAIL_PATH, requestMagicLink } from "@/app/(auth)/sign-in/request-link";
import { failure } from "../_lib/describe-error";
import { text } from "@/app/_components/form-data";
import type { FormState } from "../_lib/form-state";

export type RevealState = FormState & { password: string | null };

export async function revealAction(_previous: RevealState, formData: FormData): Promise<RevealState> {
  try {
    const { password } = await (await serverApi()).portal.access.reveal({ clientId: text(formData, "clientId"), accessId: text(formData, "accessId") });
    return { status: "ok", message: null, fieldErrors: {}, values: {}, password };
  } catch (error) {
    return { ...(await failure(error)), password: null };
  }
}

export async function reportBrokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await (await serverApi()).portal.access.reportBroken({ clientId: text(formData, "clientId"), accessId: text(formData, "accessId") });
  } catch (error) {
    return failure(error);
  }
  return { status: "ok", message: (await getTranslations("portal.access"))("brokenDone"), fieldErrors: {}, values: {} };
}

/** Sends the person a new link and code; signing in with them makes the session fresh for revealing passwords. */
export async function requestFreshCodeAction(): Promise<void> {
  const actor = await requirePortalPerson("/portal/access");
  await requestMagicLink(actor.email, "/portal/access");
  redirect(CHECK_EMAIL_PATH);
}
