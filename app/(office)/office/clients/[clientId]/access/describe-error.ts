// Turns a failed cloud-access call into translated messages: cloudAccess.errors.* or the core errors.*.
import "server-only";
import { z } from "zod";
import { getTranslations } from "@/app/_i18n/server";
import { CORE_CODE_KEYS, failureParts } from "@/app/_components/failure-parts";
import type { AccessFormState } from "./form-state";

const ACCESS_KEYS = ["invalidFields", "applicationRequired", "urlInvalid", "loginRequired", "passwordRequired", "tooLong", "personInvalid", "stale", "keyUnavailable", "invalidField"] as const;
const CORE_KEYS = ["notFound", "forbidden", "unauthorized", "invalidInput", "internal", "conflict"] as const;
type AccessKey = (typeof ACCESS_KEYS)[number];
type CoreKey = (typeof CORE_KEYS)[number];

const isAccessKey = (key: string): key is AccessKey => (ACCESS_KEYS as readonly string[]).includes(key);
const isCoreKey = (key: string): key is CoreKey => (CORE_KEYS as readonly string[]).includes(key);

async function translate(key: string | undefined, fallback: "internal" | "invalidField" = "internal"): Promise<string> {
  const [tAccess, tCore] = await Promise.all([getTranslations("cloudAccess.errors"), getTranslations("errors")]);
  const leaf = key?.split(".").at(-1) ?? fallback;
  if (isAccessKey(leaf)) return tAccess(leaf);
  if (isCoreKey(leaf)) return tCore(leaf);
  return fallback === "invalidField" ? tAccess("invalidField") : tCore("internal");
}

const partsOf = (error: unknown) =>
  failureParts(error, {
    codeKeys: CORE_CODE_KEYS,
    zod: (cause) => ({ messageKey: "cloudAccess.errors.invalidFields", fieldErrors: z.flattenError(cause).fieldErrors }),
  });

/** The message of a failure; unexpected errors are rethrown so the error page shows. */
export async function messageOf(error: unknown): Promise<string> {
  const parts = partsOf(error);
  if (!parts) throw error;
  return translate(parts.messageKey);
}

/** A form state for a failed action, keeping what was typed (never the password). */
export async function failure(error: unknown, values: Record<string, string>): Promise<AccessFormState> {
  const parts = partsOf(error);
  if (!parts) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) fieldErrors[field] = await translate(keys?.[0], "invalidField");
  return { status: "error", message: await translate(parts.messageKey), fieldErrors, values };
}
