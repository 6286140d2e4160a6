// Turns a failed call into a translated form state: message keys of groups.*, staffAdmin.* or the core errors.*.
import "server-only";
import { z } from "zod";
import { getTranslations } from "@/app/_i18n/server";
import { CORE_CODE_KEYS, failureParts } from "@/app/_components/failure-parts";
import groupMessages from "@/messages/ru/groups.json";
import staffMessages from "@/messages/ru/staffAdmin.json";
import coreMessages from "@/messages/ru/core.json";
import type { FormState } from "./form-state";

function has<T extends object>(messages: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(messages, key);
}

/** A key such as "groups.errors.nameTaken", "staffAdmin.invite.errors.used" or "errors.notFound", in the user's language. */
export async function translateKey(key: string | null | undefined): Promise<string> {
  const [tGroups, tStaff, tInvite, tCore] = await Promise.all([
    getTranslations("groups.errors"),
    getTranslations("staffAdmin.errors"),
    getTranslations("staffAdmin.invite.errors"),
    getTranslations("errors"),
  ]);
  const parts = (key ?? "").split(".");
  const leaf = parts.at(-1) ?? "";
  if (parts[0] === "groups" && has(groupMessages.errors, leaf)) return tGroups(leaf);
  if (parts[0] === "staffAdmin" && parts[1] === "invite" && has(staffMessages.invite.errors, leaf)) return tInvite(leaf);
  if (parts[0] === "staffAdmin" && has(staffMessages.errors, leaf)) return tStaff(leaf);
  if (has(coreMessages.errors, leaf)) return tCore(leaf);
  return tGroups("generic");
}

const partsOf = (error: unknown) =>
  failureParts(error, {
    codeKeys: CORE_CODE_KEYS,
    zod: (cause) => ({ messageKey: "errors.invalidInput", fieldErrors: z.flattenError(cause).fieldErrors }),
  });

/** The form state of a failed action; anything unexpected is rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const parts = partsOf(error);
  if (!parts) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) if (keys?.[0]) fieldErrors[field] = await translateKey(keys[0]);
  return { status: "error", message: await translateKey(parts.messageKey), fieldErrors, values };
}

export function success(message: string): FormState {
  return { status: "ok", message, fieldErrors: {}, values: {} };
}

/** The string values of a form (files and missing fields become ""). */
export function textValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => {
    const value = formData.get(name);
    return [name, typeof value === "string" ? value : ""];
  }));
}
