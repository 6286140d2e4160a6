// How the portal's forms read failures: every server key reads as its portal.errors.* message (by its last segment).
import "server-only";
import { translateFailure, type MessageArea } from "@/app/_components/failure-message";
import type { FormState } from "./form-state";

const PORTAL: MessageArea = {
  namespaces: ["portal.errors"],
  fallback: "portal.errors.generic",
  codeKeys: { NOT_FOUND: "portal.errors.notFound", FORBIDDEN: "portal.errors.forbidden", BAD_REQUEST: "portal.errors.invalidInput" },
  zod: (cause) => {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) fieldErrors[String(issue.path[0] ?? "")] ??= [issue.message];
    return { messageKey: "portal.errors.invalidInput", fieldErrors };
  },
};

/** A form state for a failed action; unexpected errors are rethrown so the error page (with its digest) shows. */
export async function failure(error: unknown, values: Record<string, string> = {}): Promise<FormState> {
  const { messageKey, message, fieldErrors } = await translateFailure(error, PORTAL);
  return { status: "error", message, fieldErrors, values, needsFreshSignIn: messageKey.endsWith("freshSignInRequired") };
}
