// How the cloud-access forms read failures: cloudAccess.errors.* or the core errors.*.
import "server-only";
import { z } from "zod";
import { CORE_CODE_KEYS } from "@/app/_components/failure-parts";
import { translateFailure, type MessageArea } from "@/app/_components/failure-message";
import type { AccessFormState } from "./form-state";

const CLOUD_ACCESS: MessageArea = {
  namespaces: ["cloudAccess.errors", "errors"],
  fallback: "errors.internal",
  fieldFallback: "cloudAccess.errors.invalidField",
  codeKeys: CORE_CODE_KEYS,
  zod: (cause) => ({ messageKey: "cloudAccess.errors.invalidFields", fieldErrors: z.flattenError(cause).fieldErrors }),
};

/** The message of a failure; unexpected errors are rethrown so the error page shows. */
export async function messageOf(error: unknown): Promise<string> {
  return (await translateFailure(error, CLOUD_ACCESS)).message;
}

/** A form state for a failed action, keeping what was typed (never the password). */
export async function failure(error: unknown, values: Record<string, string>): Promise<AccessFormState> {
  const { message, fieldErrors } = await translateFailure(error, CLOUD_ACCESS);
  return { status: "error", message, fieldErrors, values };
}
