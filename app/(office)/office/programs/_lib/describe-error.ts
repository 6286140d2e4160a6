// Turns a tRPC/service failure into a translated form state: server message keys map to programs.errors.* or core errors.*.
import "server-only";
import { getTranslations } from "@/app/_i18n/server";
import { CORE_CODE_KEYS, failureParts } from "@/app/_components/failure-parts";
import { fieldErrorsOf } from "@/server/templates/program-templates.schema";
import type { FormState } from "./form-state";

const PROGRAM_KEYS = [
  "staleProgram",
  "staleTemplate",
  "programClosed",
  "alreadyApproved",
  "programNotApproved",
  "overCapacity",
  "overrideForbidden",
  "groupIncomplete",
  "reasonRequired",
  "windowEndBeforeStart",
  "nameRequired",
  "nameTooLong",
  "titleRequired",
  "titleTooLong",
  "descriptionTooLong",
  "roleRequired",
  "dayOffsetInvalid",
  "windowDaysInvalid",
  "tasksRequired",
  "tooManyTasks",
  "unknownTask",
  "dateInvalid",
  "invalidField",
] as const;
type ProgramKey = (typeof PROGRAM_KEYS)[number];
const CORE_KEYS = ["notFound", "forbidden", "unauthorized", "invalidInput", "internal", "conflict"] as const;
type CoreKey = (typeof CORE_KEYS)[number];

const isProgramKey = (key: string): key is ProgramKey => (PROGRAM_KEYS as readonly string[]).includes(key);
const isCoreKey = (key: string): key is CoreKey => (CORE_KEYS as readonly string[]).includes(key);

/** The last segment of a key ("groups.errors.overCapacity" -> "overCapacity"), or the key itself. */
const leaf = (key: string) => key.split(".").at(-1) ?? key;

/** A message key of the server (or a zod message of a field) in the user's language; unknown field keys read "check this field". */
export async function translateKey(key: string | null | undefined, fallback: "internal" | "invalidField" = "internal"): Promise<string> {
  const [tPrograms, tCore] = await Promise.all([getTranslations("programs.errors"), getTranslations("errors")]);
  const name = leaf(key ?? fallback);
  if (isProgramKey(name)) return tPrograms(name);
  if (isCoreKey(name)) return tCore(name);
  return fallback === "invalidField" ? tPrograms("invalidField") : tCore("internal");
}

const partsOf = (error: unknown) =>
  failureParts(error, {
    codeKeys: CORE_CODE_KEYS,
    zod: (cause) => ({ messageKey: "errors.invalidInput", fieldErrors: fieldErrorsOf(cause) }),
  });

/** A form state for a failed action; unexpected errors are rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string>): Promise<FormState> {
  const parts = partsOf(error);
  if (!parts) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) fieldErrors[field] = await translateKey(keys?.[0], "invalidField");
  const needs = leaf(parts.messageKey) === "overCapacity" ? "overrideReason" : undefined;
  return { status: "error", message: await translateKey(parts.messageKey), fieldErrors, values, needs };
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
