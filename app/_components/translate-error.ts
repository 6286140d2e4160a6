// Turns a failed tRPC call into translated text: the AppError's message key (any namespace) and its field errors.
import "server-only";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "@/app/_i18n/server";
import { AppError } from "@/server/errors";

export type TranslatedFailure = { message: string; fieldErrors: Record<string, string> };

/** Unknown failures are rethrown, so the error page shows instead of a misleading message. */
export async function translateFailure(error: unknown): Promise<TranslatedFailure> {
  if (!(error instanceof TRPCError)) throw error;
  const t = await getTranslations();
  type Key = Parameters<typeof t>[0];
  const say = (key: string | null | undefined, fallback: Key) => (key && t.has(key as Key) ? t(key as Key) : t(fallback));
  const cause = error.cause instanceof AppError ? error.cause : null;
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(cause?.fieldErrors ?? {})) fieldErrors[field] = say(keys[0], "errors.invalidInput");
  if (error.code === "INTERNAL_SERVER_ERROR") throw error;
  return { message: say(cause?.messageKey, "errors.invalidInput"), fieldErrors };
}
