// Every procedure of the app router, called as every kind of actor: expected outcomes in one table; any leak fails.
import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { db } from "@/server/db";
import { appRouter } from "@/server/trpc/root";
import { seed } from "@/prisma/seed";
import { actorByEmail, callerFor } from "@/tests/support/actors";
import type { Actor } from "@/server/auth/actor";
import { ACTORS, type ActorName, type Fixture, type MatrixRow } from "./matrix/table";
import { foundationRows } from "./matrix/foundation";
import { programRows } from "./matrix/programs";
import { leadsAuditsRows } from "./matrix/leadsAudits";
import { groupsStaffRows } from "./matrix/groupsStaff";
import { cloudDashboardRows } from "./matrix/cloudDashboard";
import { templatesRows } from "./matrix/templates";
import { portalRows } from "./matrix/portal";
import { outboxRows } from "./matrix/outbox";
import { enqueueEmail } from "@/server/mail/outbox";

const TABLE: Record<string, MatrixRow> = {
  ...foundationRows,
  ...programRows,
  ...leadsAuditsRows,
  ...groupsStaffRows,
  ...cloudDashboardRows,
  ...templatesRows,
  ...portalRows,
  ...outboxRows,
};
const DENIALS = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"];

/** Actors that must never see the demo firm's records, whatever a procedure returns. */
const OUTSIDERS: ActorName[] = ["otherFirmAdmin", "otherClientPerson"];

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const actors = {} as Record<ActorName, Actor | null>;
let fixture: Fixture;
let secrets: string[] = [];

function invoke(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function outcomeOf(promise: Promise<unknown>): Promise<{ code: string; value?: unknown }> {
  try {
    return { code: "OK", value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code };
    throw error;
  }
}

beforeAll(async () => {
  await seed(db);
  const synaps = await db.client.findFirstOrThrow({ where: { name: "ООО «Синапс»" }, include: { programs: { include: { tasks: true } } } });
  const program = synaps.programs[0]!;
  fixture = { synapsId: synaps.id, programId: program.id, taskId: program.tasks.find((t) => t.responsibleRole === "OPERATOR")!.id, firmId: synaps.firmId };
  fixture.cloudAccessId = (await db.cloudAccess.findFirst({ where: { clientId: synaps.id }, select: { id: true } }))?.id;
  const signInLink = { url: "https://app.test/cb?token=matrix-secret", expiresInMinutes: 10 };
  fixture.outboxId = (await enqueueEmail({ to: "director@synaps.test", template: "magic-link", locale: "ru", data: signInLink })).id;
  const demoFirm = await db.firm.findFirstOrThrow({ where: { id: synaps.firmId }, include: { staff: { include: { user: true } } } });
  secrets = [synaps.id, synaps.inn, program.id, fixture.outboxId, "matrix-secret", "director@synaps.test", ...demoFirm.staff.map((s) => s.user.email)];
  for (const [name, email] of Object.entries(ACTORS) as [ActorName, string | null][]) {
    actors[name] = email ? await actorByEmail(email) : null;
  }
});

describe("authorization matrix", () => {
  it("covers every procedure of the app router, and nothing else", () => {
    expect(Object.keys(TABLE).sort()).toEqual(procedurePaths);
  });

  for (const path of procedurePaths) {
    describe(path, () => {
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        it(`as ${name}`, async () => {
          const row = TABLE[path]!;
          const expected = row.expected[name];
          const { code, value } = await outcomeOf(invoke(callerFor(actors[name]), path, row.input(fixture)));
          if (expected === "ALLOWED") expect(DENIALS).not.toContain(code);
          else expect(code).toBe(expected);
          if (OUTSIDERS.includes(name) && code === "OK") {
            const body = JSON.stringify(value);
            for (const secret of secrets) expect(body).not.toContain(secret);
          }
        });
      }
    });
  }
});
