// How the lead and audit forms read failures: leads.errors.*, audits.errors.* or the core errors.*.
import "server-only";
import { CORE_CODE_KEYS } from "@/app/_components/failure-parts";
import { translateFailure, translateKey as translateIn, type MessageArea, type TranslatedFailure } from "@/app/_components/failure-message";

const LEADS_AND_AUDITS: MessageArea = {
  namespaces: ["leads.errors", "audits.errors", "errors"],
  fallback: "leads.errors.generic",
  codeKeys: { ...CORE_CODE_KEYS, PRECONDITION_FAILED: "errors.invalidInput" },
  zod: () => ({ messageKey: "errors.invalidInput", fieldErrors: {} }),
};

/** A message for a key such as "leads.errors.innInvalid", "audits.errors.noteRequired" or "errors.notFound". */
export const translateKey = (key: string | null | undefined): Promise<string> => translateIn(key, LEADS_AND_AUDITS);

/** The messages of a known failure (with the server's details, e.g. the existing client); anything else is rethrown. */
export const describeFailure = (error: unknown): Promise<TranslatedFailure> => translateFailure(error, LEADS_AND_AUDITS);
