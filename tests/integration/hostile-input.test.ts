// Property-based hostile input: every procedure, as every kind of actor, with random and malformed input — no 5xx, no leak.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import superjson from "superjson";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/server/db";
import { appRouter } from "@/server/trpc/root";
import { seed } from "@/prisma/seed";
import * as enums from "@/server/generated/prisma/enums";
import { actorByEmail, callerFor } from "@/tests/support/actors";
import { hostileInput, hostileLeaf, inputKeys } from "@/tests/support/hostile";
import type { Actor } from "@/server/auth/actor";
import { ACTORS, type ActorName } from "./matrix/table";

/** Reproduce a failure with HOSTILE_SEED=<seed printed by fast-check> (and HOSTILE_RUNS for more cases). */
const SEED = Number(process.env.HOSTILE_SEED ?? 20260501);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
const OUTSIDERS: ActorName[] = ["otherFirmAdmin", "otherClientPerson"];
const CLIENT_ERROR_CODES = ["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED", "TOO_MANY_REQUESTS", "PAYLOAD_TOO_LARGE", "UNPROCESSABLE_CONTENT"];

const procedures: Record<string, unknown> = appRouter._def.procedures;
const procedurePaths = Object.keys(procedures).sort();

/** The zod schemas a procedure validates its input with (none for a procedure without input). */
function inputsOf(procedure: unknown): readonly unknown[] {
  return (procedure as { _def?: { inputs?: readonly unknown[] } })._def?.inputs ?? [];
}
const actors = {} as Record<ActorName, Actor | null>;
let ids: string[] = [];
let emails: string[] = [];
let secrets: string[] = [];
const enumValues = Object.values(enums).flatMap((e) => (typeof e === "object" ? Object.values(e as Record<string, string>) : []));

function invoke(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** A plausible value for a field, guessed from its name: real ids of both firms, versions, dates, e-mails, enum values. */
function plausible(key: string): fc.Arbitrary<unknown> {
  const k = key.toLowerCase();
  if (k.endsWith("id") || k.endsWith("ids") || k === "cursor") {
    const id = fc.constantFrom(...ids);
    return k.endsWith("ids") ? fc.array(id, { maxLength: 3 }) : id;
  }
  if (k === "version" || k.endsWith("count") || k.endsWith("days") || k === "limit" || k === "capacity") return fc.integer({ min: -2, max: 120 });
  if (/(at|from|start|end|on)$/.test(k)) return fc.oneof(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01") }), hostileLeaf);
  if (k.includes("email")) return fc.constantFrom(...emails, "new.person@example.test");
  return fc.oneof(fc.constantFrom(...enumValues), fc.string({ maxLength: 30 }), fc.boolean(), fc.array(fc.record({ title: fc.string(), dayOffset: fc.integer() }), { maxLength: 3 }));
}

function describeInput(input: unknown): string {
  return fc.stringify(input).slice(0, 200);
}

/** Secrets of the demo firm that no outsider may see, minus those the input itself carried (echoes are not leaks). */
function leakedSecrets(input: unknown, value: unknown): string[] {
  const sent = fc.stringify(input);
  const body = superjson.stringify(value);
  return secrets.filter((secret) => body.includes(secret) && !sent.includes(secret));
}

beforeAll(async () => {
  await seed(db);
  const demo = await db.firm.findFirstOrThrow({ where: { staff: { some: { user: { email: "admin@demo.test" } } } }, select: { id: true } });
  const [clients, staff, persons, programs, tasks, groups, audits, access, templates] = await Promise.all([
    db.client.findMany({ select: { id: true, inn: true, firmId: true } }),
    db.staffMember.findMany({ select: { id: true, firmId: true, user: { select: { email: true } } } }),
    db.authorizedPerson.findMany({ select: { id: true, email: true, client: { select: { firmId: true } } } }),
    db.transitionProgram.findMany({ select: { id: true, client: { select: { firmId: true } } } }),
    db.programTask.findMany({ select: { id: true } }),
    db.workingGroup.findMany({ select: { id: true } }),
    db.expressAudit.findMany({ select: { id: true } }),
    db.cloudAccess.findMany({ select: { id: true } }),
    db.programTemplate.findMany({ select: { id: true } }),
  ]);
  ids = [...clients, ...staff, ...persons, ...programs, ...tasks, ...groups, ...audits, ...access, ...templates].map((r) => r.id);
  emails = [...staff.map((s) => s.user.email), ...persons.map((p) => p.email)];
  secrets = [
    ...clients.filter((c) => c.firmId === demo.id).flatMap((c) => [c.id, c.inn].filter((v): v is string => Boolean(v))),
    ...staff.filter((s) => s.firmId === demo.id).map((s) => s.user.email),
    ...persons.filter((p) => p.client.firmId === demo.id).map((p) => p.email),
    ...programs.filter((p) => p.client.firmId === demo.id).map((p) => p.id),
  ];
  for (const [name, email] of Object.entries(ACTORS) as [ActorName, string | null][]) {
    actors[name] = email ? await actorByEmail(email) : null;
  }
});

describe("hostile input to every procedure", () => {
  it("finds procedures and secrets to check", () => {
    expect(procedurePaths.length).toBeGreaterThan(40);
    expect(secrets.length).toBeGreaterThan(10);
  });

  for (const path of procedurePaths) {
    it(`${path}: only 4xx refusals, and nothing of the demo firm for outsiders`, async () => {
      const keys = inputKeys(inputsOf(procedures[path]));
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        const caller = callerFor(actors[name]);
        await fc.assert(
          fc.asyncProperty(hostileInput(keys, plausible), async (input) => {
            let value: unknown;
            if (process.env.HOSTILE_DEBUG) console.log(path, name, describeInput(input));
            try {
              value = await invoke(caller, path, input);
            } catch (error) {
              if (!(error instanceof TRPCError)) throw new Error(`${path} as ${name}: not a TRPCError: ${String(error)}`);
              if (!CLIENT_ERROR_CODES.includes(error.code)) {
                throw new Error(`${path} as ${name}: ${error.code}: ${error.cause?.message ?? error.message}`.slice(0, 2000));
              }
              return;
            }
            if (OUTSIDERS.includes(name)) expect(leakedSecrets(input, value), `${path} as ${name} leaked`).toEqual([]);
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
      }
    }, 120_000);
  }
});

/** The HTTP endpoint as the route handler runs it, for a signed-in admin of the demo firm. */
function http(path: string, init: RequestInit = {}, query = ""): Promise<Response> {
  const req = new Request(`http://localhost/api/trpc/${path}${query}`, init);
  const actor = actors.admin;
  return fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => ({ actor, signedInAt: Date.now(), headers: req.headers }) });
}

async function expectClientError(res: Response): Promise<void> {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  const text = await res.text();
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(text).not.toContain("node_modules");
}

describe("hostile requests to the tRPC endpoint", () => {
  it("answers malformed JSON in a query or a body with 400 and no stack trace", async () => {
    await expectClientError(await http("office.clients.list", {}, "?input=%7Bnot-json"));
    await expectClientError(await http("office.clients.list", {}, `?input=${encodeURIComponent(JSON.stringify({ json: { limit: "\u0000" } }))}`));
    await expectClientError(await http("office.clients.update", { method: "POST", body: "{\"json\": {", headers: { "content-type": "application/json" } }));
    await expectClientError(await http("office.clients.update", { method: "POST", body: JSON.stringify({ json: { clientId: "a\u0000b", name: "x" } }), headers: { "content-type": "application/json" } }));
  });

  it("answers an unknown procedure with 404 and a query sent as a mutation with 405", async () => {
    const unknown = await http("office.nothing.here");
    expect(unknown.status).toBe(404);
    await expectClientError(unknown);
    const wrongMethod = await http("office.clients.list", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(wrongMethod.status).toBe(405);
  });

  it("answers a huge batch without a 5xx, every part a client error at worst", async () => {
    const paths = Array.from({ length: 300 }, (_, i) => (i % 3 ? "office.clients.get" : "office.nothing"));
    const inputs = Object.fromEntries(paths.map((_, i) => [i, { json: { clientId: `' OR 1=1 -- ${i}` } }]));
    const res = await http(paths.join(","), {}, `?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`);
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as Array<{ error?: { json: { data: { httpStatus: number } } } }>;
    expect(body).toHaveLength(paths.length);
    for (const part of body) expect(part.error?.json.data.httpStatus ?? 200).toBeLessThan(500);
  });
});
