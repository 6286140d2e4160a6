// How the program and template forms read failures: programs.errors.* or the core errors.*.
import "server-only";
import { CORE_CODE_KEYS } from "@/app/_components/failure-parts";
import { translateFailure, translateKey as translateIn, type MessageArea } from "@/app/_components/failure-message";
import { fieldErrorsOf } from "@/server/templates/program-templates.schema";
import type { FormState } from "./form-state";

const PROGRAMS: MessageArea = {
  namespaces: ["programs.errors", "errors"],
  fallback: "errors.internal",
  fieldFallback: "programs.errors.invalidField",
  codeKeys: CORE_CODE_KEYS,
  zod: (cause) => ({ messageKey: "errors.invalidInput", fieldErrors: fieldErrorsOf(cause) }),
};

/** A server message key (e.g. "groups.errors.overCapacity" reads as programs.errors.overCapacity) in the user's language. */
export const translateKey = (key: string | null | undefined): Promise<string> => translateIn(key, PROGRAMS);

/** A form state for a failed action; unexpected errors are rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string>): Promise<FormState> {
  const { messageKey, message, fieldErrors } = await translateFailure(error, PROGRAMS);
  const needs = messageKey.split(".").at(-1) === "overCapacity" ? "overrideReason" : undefined;
  return { status: "error", message, fieldErrors, values, needs };
}
