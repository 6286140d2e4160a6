// What a failed call says in the user's language. Every area names where its server message keys live; one lookup
// turns a key (or a failed call) into text, so no area keeps its own list of keys.
import "server-only";
import { getMessageLookup, type MessageLookup } from "@/app/_i18n/server";
import { failureParts, type FailureReading } from "./failure-parts";

/** An area's message namespaces in the order they are tried, and what it says when none has the key. */
export type MessageArea = FailureReading & {
  namespaces: readonly string[];
  fallback: string;
  /** For a field's message that no namespace has (default: `fallback`). */
  fieldFallback?: string;
};

/**
 * The catalog key a server key reads as: the key itself inside one of the area's namespaces, else its last segment
 * in one of them (the server's "errors.notFound" is the portal's "portal.errors.notFound"), else the key anywhere
 * in the catalog, else the fallback.
 */
export function messageKeyFor(key: string | null | undefined, area: Pick<MessageArea, "namespaces">, has: (key: string) => boolean, fallback: string): string {
  if (!key) return fallback;
  if (area.namespaces.some((namespace) => key.startsWith(`${namespace}.`)) && has(key)) return key;
  const leaf = key.split(".").at(-1)!;
  const byLeaf = area.namespaces.map((namespace) => `${namespace}.${leaf}`).find(has);
  if (byLeaf) return byLeaf;
  return has(key) ? key : fallback;
}

function say(lookup: MessageLookup, key: string | null | undefined, area: MessageArea, fallback = area.fallback): string {
  return lookup.text(messageKeyFor(key, area, lookup.has, fallback));
}

/** A server message key in the user's language. */
export async function translateKey(key: string | null | undefined, area: MessageArea): Promise<string> {
  return say(await getMessageLookup(), key, area);
}

export type TranslatedFailure = { messageKey: string; message: string; fieldErrors: Record<string, string>; details: Record<string, unknown> };

/** A failed call in the user's language; anything the area does not expect is rethrown, so the error page shows. */
export async function translateFailure(error: unknown, area: MessageArea): Promise<TranslatedFailure> {
  const parts = failureParts(error, area);
  if (!parts) throw error;
  const lookup = await getMessageLookup();
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(parts.fieldErrors)) {
    if (keys?.[0]) fieldErrors[field] = say(lookup, keys[0], area, area.fieldFallback ?? area.fallback);
  }
  return { messageKey: parts.messageKey, message: say(lookup, parts.messageKey, area), fieldErrors, details: parts.details ?? {} };
}
