// Turns a failed portal procedure into a translated form state: message keys map to portal.errors.* (by their last segment).
import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/server/errors";
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

function partsOf(error: unknown): { messageKey: string; fieldErrors: Record<string, string[]> } | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return { messageKey: cause.messageKey, fieldErrors: cause.fieldErrors ?? {} };
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) fieldErrors[String(issue.path[0] ?? "")] ??= [issue.message];
    return { messageKey: "invalidInput", fieldErrors };
  }
  const key = error instanceof TRPCError ? CODE_KEYS[error.code] : undefined;
  return key ? { messageKey: key, fieldErrors: {} } : null;
}

/** A form state for a failed action; unexpected errors are rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const parts = partsOf(error);
  if (!parts) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) fieldErrors[field] = await translateError(keys[0]);
  const needsFreshSignIn = parts.messageKey.endsWith("freshSignInRequired");
  return { status: "error", message: await translateError(parts.messageKey), fieldErrors, values, needsFreshSignIn };
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
