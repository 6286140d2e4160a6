// Whether a catalog holds a message at a dotted key: the check before translating a key that is data (sent by the server).

/** True for a message (a string), false for a namespace or a missing key. */
export function isMessageKey(messages: unknown, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    node = node !== null && typeof node === "object" && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string";
}
