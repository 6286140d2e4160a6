// How the group, staff and invitation forms read failures: groups.*, staffAdmin.* or the core errors.*.
import "server-only";
import { z } from "zod";
import { CORE_CODE_KEYS } from "@/app/_components/failure-parts";
import { translateFailure, type MessageArea } from "@/app/_components/failure-message";
import type { FormState } from "./form-state";

const GROUPS_AND_STAFF: MessageArea = {
  namespaces: ["groups.errors", "staffAdmin.errors", "staffAdmin.invite.errors", "errors"],
  fallback: "groups.errors.generic",
  codeKeys: CORE_CODE_KEYS,
  zod: (cause) => ({ messageKey: "errors.invalidInput", fieldErrors: z.flattenError(cause).fieldErrors }),
};

/** The form state of a failed action; anything unexpected is rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const { message, fieldErrors } = await translateFailure(error, GROUPS_AND_STAFF);
  return { status: "error", message, fieldErrors, values };
}

export function success(message: string): FormState {
  return { status: "ok", message, fieldErrors: {}, values: {} };
}
