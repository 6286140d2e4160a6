// fast-check arbitraries of hostile input: malformed values, and objects shaped like a procedure's zod input.
import fc from "fast-check";
import type { z } from "zod";

const HOSTILE_STRINGS = [
  "",
  " ",
  "' OR 1=1 --",
  "'; DROP TABLE \"Client\"; --",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u200B\uFEFF",
  "𝕏😀👨‍👩‍👧",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "%00%27",
  "\\x00\\'",
  "null",
  "NaN",
  "-1",
  "1e309",
  "9".repeat(400),
  "c_".padEnd(10_000, "x"),
  "a".repeat(100_000),
  "275760-09-13T00:00:00Z",
  "-271821-04-20T00:00:00Z",
  "0000-00-00",
  "2026-13-45",
  "x@y",
  "Admin@Demo.Test ",
];

const HOSTILE_NUMBERS = [0, -1, 0.5, -0, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.MIN_VALUE];

const HOSTILE_DATES = [
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(0),
  new Date("9999-12-31T23:59:59Z"),
  new Date("0001-01-01T00:00:00Z"),
];

/** One malformed leaf value: wrong types, extreme numbers and dates, SQL-ish, control and exotic unicode text. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_STRINGS),
  fc.constantFrom<unknown>(...HOSTILE_NUMBERS),
  fc.constantFrom<unknown>(...HOSTILE_DATES),
  fc.constantFrom<unknown>(null, undefined, true, false, 10n, -(2n ** 70n), Symbol.for("hostile")),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
);

/** Any hostile value: a leaf, or arrays and objects of them (deep nesting, prototype keys, huge arrays). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("id", "clientId", "__proto__", "constructor", "a", ""), hostileLeaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 20_000 }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.constant(deepObject(200)) },
);

function deepObject(depth: number): unknown {
  let value: unknown = { id: "x" };
  for (let i = 0; i < depth; i++) value = i % 2 ? { nested: value } : [value];
  return value;
}

type Introspectable = { def?: { type?: string; innerType?: unknown; in?: unknown; shape?: unknown }; shape?: Record<string, unknown> };

/** The top-level keys a procedure's input schemas declare (objects, through optional/default/pipe wrappers). */
export function inputKeys(schemas: readonly unknown[]): string[] {
  const keys = new Set<string>();
  const visit = (schema: unknown, depth: number): void => {
    const s = schema as Introspectable | undefined;
    if (!s?.def || depth > 5) return;
    if (s.def.type === "object" && s.shape) for (const key of Object.keys(s.shape)) keys.add(key);
    if (s.def.innerType) visit(s.def.innerType, depth + 1);
    if (s.def.in) visit(s.def.in, depth + 1);
  };
  for (const schema of schemas) visit(schema as z.ZodType, 0);
  return [...keys];
}

/**
 * Inputs for one procedure: plain hostile values, and objects with the procedure's own keys: all plausible (a real
 * id of any firm, a valid-looking version or date), all plausible but one hostile field, or a random mix.
 */
export function hostileInput(keys: string[], plausible: (key: string) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (!keys.length) return fc.oneof(fc.constant({}), hostileValue);
  const valid = fc.record(Object.fromEntries(keys.map((key) => [key, plausible(key)])));
  const oneBad = fc
    .tuple(valid, fc.constantFrom(...keys), hostileValue)
    .map(([record, key, bad]) => ({ ...record, [key]: bad }));
  const allRandom = fc.record(
    Object.fromEntries(keys.map((key) => [key, fc.oneof({ weight: 3, arbitrary: plausible(key) }, { weight: 2, arbitrary: hostileValue })])),
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 2, arbitrary: valid }, { weight: 3, arbitrary: oneBad }, { weight: 2, arbitrary: allRandom });
}
