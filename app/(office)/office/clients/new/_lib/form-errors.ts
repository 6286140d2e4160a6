// Turns a failed lead or audit call into translated messages: leads.errors.*, audits.errors.* or the core errors.*.
import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "@/app/_i18n/server";
import { AppError } from "@/server/errors";
import leadMessages from "@/messages/ru/leads.json";
import auditMessages from "@/messages/ru/audits.json";
import coreMessages from "@/messages/ru/core.json";

type LeadKey = keyof typeof leadMessages.errors;
type AuditKey = keyof typeof auditMessages.errors;
type CoreKey = keyof typeof coreMessages.errors;

const isLeadKey = (key: string): key is LeadKey => Object.hasOwn(leadMessages.errors, key);
const isAuditKey = (key: string): key is AuditKey => Object.hasOwn(auditMessages.errors, key);
const isCoreKey = (key: string): key is CoreKey => Object.hasOwn(coreMessages.errors, key);

const CODE_KEYS: Partial<Record<TRPCError["code"], string>> = {
  BAD_REQUEST: "errors.invalidInput",
  NOT_FOUND: "errors.notFound",
  FORBIDDEN: "errors.forbidden",
  UNAUTHORIZED: "errors.unauthorized",
  CONFLICT: "errors.conflict",
  PRECONDITION_FAILED: "errors.invalidInput",
};

export type Failure = { message: string; fieldErrors: Record<string, string>; details: Record<string, unknown> };

/** A message for a key such as "leads.errors.innInvalid", "audits.errors.noteRequired" or "errors.notFound". */
export async function translateKey(key: string | null | undefined): Promise<string> {
  const [tLeads, tAudits, tCore] = await Promise.all([getTranslations("leads.errors"), getTranslations("audits.errors"), getTranslations("errors")]);
  const [namespace, , leaf = ""] = (key ?? "").split(".");
  if (namespace === "leads" && isLeadKey(leaf)) return tLeads(leaf);
  if (namespace === "audits" && isAuditKey(leaf)) return tAudits(leaf);
  const coreLeaf = key?.split(".").at(-1) ?? "";
  if (isCoreKey(coreLeaf)) return tCore(coreLeaf);
  return tLeads("generic");
}

/** The messages of a known failure; anything unexpected is rethrown so the error page shows. */
export async function describeFailure(error: unknown): Promise<Failure> {
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause instanceof AppError ? error.cause : null;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(cause?.fieldErrors ?? {})) fieldErrors[field] = await translateKey(keys[0]);
  const fallback = CODE_KEYS[error.code];
  if (!cause && !fallback) throw error;
  return { message: await translateKey(cause?.messageKey ?? fallback), fieldErrors, details: cause?.details ?? {} };
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
