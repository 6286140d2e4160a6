// Turns a failed portal procedure into a translated form state: message keys map to portal.errors.* (by their last segment).
import "server-only";
import type { TRPCError } from "@trpc/server";
import { getTranslations } from "@/app/_i18n/server";
import { failureParts } from "@/app/_components/failure-parts";
import type { FormState } from "./form-state";

const PORTAL_ERROR_KEYS = [
  "freshSignInRequired", "tooManyReveals", "noCredentialsPermission", "notConnected", "alreadyDone", "wrongTask",
  "inviteSomeoneFirst", "signedOnInvalid", "nameRequired", "nameTooLong", "positionTooLong", "emailInvalid",
  "personExists", "emailIsStaff", "cannotRevokeSelf", "lastPerson", "programNotApproved", "programClosed",
  "staleProgram", "notFound", "forbidden", "invalidInput",
] as const;
type PortalErrorKey = (typeof PORTAL_ERROR_KEYS)[number];

const CODE_KEYS: Partial<Record<TRPCError["code"], PortalErrorKey>> = { NOT_FOUND: "notFound", FORBIDDEN: "forbidden", BAD_REQUEST: "invalidInput" };

const isPortalErrorKey = (key: string): key is PortalErrorKey => (PORTAL_ERROR_KEYS as readonly string[]).includes(key);

export async function translateError(key: string | null | undefined): Promise<string> {
  const t = await getTranslations("portal.errors");
  const name = (key ?? "").split(".").at(-1) ?? "";
  return isPortalErrorKey(name) ? t(name) : t("generic");
}

const partsOf = (error: unknown) =>
  failureParts(error, {
    codeKeys: CODE_KEYS,
    zod: (cause) => {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of cause.issues) fieldErrors[String(issue.path[0] ?? "")] ??= [issue.message];
      return { messageKey: "invalidInput", fieldErrors };
    },
  });

/** A form state for a failed action; unexpected errors are rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const parts = partsOf(error);
  if (!parts) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) fieldErrors[field] = await translateError(keys?.[0]);
  const needsFreshSignIn = parts.messageKey.endsWith("freshSignInRequired");
  return { status: "error", message: await translateError(parts.messageKey), fieldErrors, values, needsFreshSignIn };
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
