// What a failed call says, before translation: the AppError's message key and field errors, a zod error's fields, or a
// key for the tRPC code. null for anything else, which the callers rethrow so the error page (with its digest) shows.
import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";

/** The core errors.* key of each tRPC code most forms explain. */
export const CORE_CODE_KEYS: Partial<Record<TRPCError["code"], string>> = {
  NOT_FOUND: "errors.notFound",
  FORBIDDEN: "errors.forbidden",
  UNAUTHORIZED: "errors.unauthorized",
  BAD_REQUEST: "errors.invalidInput",
  CONFLICT: "errors.conflict",
};

export type FailureParts = { messageKey: string; fieldErrors: Record<string, string[] | undefined>; details?: Record<string, unknown> };

export type FailureReading = {
  /** Message key for each tRPC code the area explains; other codes are unexpected. */
  codeKeys: Partial<Record<TRPCError["code"], string>>;
  /** How the area reads a zod error (its message key and field errors). */
  zod: (error: ZodError) => FailureParts;
};

export function failureParts(error: unknown, opts: FailureReading): FailureParts | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return { messageKey: cause.messageKey, fieldErrors: cause.fieldErrors ?? {}, details: cause.details };
  if (cause instanceof ZodError) return opts.zod(cause);
  const key = error instanceof TRPCError ? opts.codeKeys[error.code] : undefined;
  return key ? { messageKey: key, fieldErrors: {} } : null;
}
