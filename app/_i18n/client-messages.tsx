// Only the messages a page's client components use reach the browser: each page with such components wraps itself in
// ClientMessages with their namespaces (the whole catalog is ~80 kB; even one area's share slowed every page down).
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Tree = Record<string, unknown>;

/** Shared by every area: the error page and the few common words. */
const SHARED = ["errorPage", "common", "errors", "locale"];

/** The subtrees of `messages` at the given dotted paths (e.g. "portal.todos"). */
function pick(messages: Tree, paths: string[]): Tree {
  const result: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    let target = result;
    for (const [i, key] of keys.entries()) {
      source = source && typeof source === "object" ? (source as Tree)[key] : undefined;
      if (source === undefined) break;
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Tree;
    }
  }
  return result;
}

/** A client-messages provider for one area: `namespaces` are the ones its client components call useTranslations with. */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Tree;
  return <NextIntlClientProvider messages={pick(messages, [...SHARED, ...namespaces])}>{children}</NextIntlClientProvider>;
}
