// A small firm for service tests: admin, manager, a full working group, templates and one client in DRAFT program.
import { db } from "@/server/db";
import { loadActor } from "@/server/auth/actor";
import { createAuthorizedPerson, createAuditTemplate, createClient, createFirm, createProgramTemplate, createStaff, createWorkingGroup } from "@/prisma/factories";
import { generateProgram } from "@/server/programs/generate";
import { staffActor } from "./actors";

export async function staffActorFor(userId: string) {
  return staffActor((await loadActor(userId))!);
}

export async function createFirmScenario() {
  const firm = await createFirm(db);
  const admin = await createStaff(db, { firmId: firm.id, role: "ADMIN" });
  const manager = await createStaff(db, { firmId: firm.id, role: "MANAGER" });
  const chief = await createStaff(db, { firmId: firm.id, role: "CHIEF_ACCOUNTANT" });
  const accountant = await createStaff(db, { firmId: firm.id, role: "ACCOUNTANT" });
  const operators = [];
  for (let i = 0; i < 3; i++) operators.push(await createStaff(db, { firmId: firm.id, role: "OPERATOR" }));
  const group = await createWorkingGroup(db, {
    firmId: firm.id,
    members: [
      { staffId: chief.id, groupRole: "CHIEF_ACCOUNTANT" },
      { staffId: accountant.id, groupRole: "ACCOUNTANT" },
      ...operators.map((o) => ({ staffId: o.id, groupRole: "OPERATOR" as const })),
    ],
  });
  const auditTemplate = await createAuditTemplate(db, { firmId: firm.id });
  const programTemplate = await createProgramTemplate(db, { firmId: firm.id });
  return {
    firm,
    group,
    auditTemplate,
    programTemplate,
    staff: { admin, manager, chief, accountant, operators },
    actors: {
      admin: await staffActorFor(admin.userId),
      manager: await staffActorFor(manager.userId),
      chief: await staffActorFor(chief.userId),
      accountant: await staffActorFor(accountant.userId),
      operator: await staffActorFor(operators[0]!.userId),
    },
  };
}

export type FirmScenario = Awaited<ReturnType<typeof createFirmScenario>>;

/** A client in TRANSITION with a DRAFT program generated from the scenario's template and one authorized person. */
export async function createClientWithProgram(s: FirmScenario, opts: { approved?: boolean } = {}) {
  const client = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION", managerId: s.staff.manager.id });
  const person = await createAuthorizedPerson(db, { clientId: client.id });
  const program = await db.$transaction((tx) =>
    generateProgram(tx, { clientId: client.id, templateId: s.programTemplate.id, managerId: s.staff.manager.id, groupId: s.group.id, windowStart: opts.approved ? new Date() : null }),
  );
  return { client, person, program };
}
