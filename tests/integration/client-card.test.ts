// The office client card in one read: one SQL statement, the same data as the sections' own procedures, role and scope rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { loadActor } from "@/server/auth/actor";
import { portalMembership } from "@/server/auth/scope";
import { createAuthorizedPerson, createClient } from "@/prisma/factories";
import { clientCard } from "@/server/clients/client-card.service";
import { getClient } from "@/server/clients/clients.service";
import { auditsOfClient, getAudit, recordFinding, startAudit } from "@/server/audits/audits.service";
import { decideAudit } from "@/server/audits/audit-decision.service";
import { latestProgramSummary } from "@/server/programs/program-list.service";
import { createCloudAccess, listCloudAccess, revealCloudAccess } from "@/server/cloud-access/cloud-access.service";
import { clientActivityPage } from "@/server/activity/activity.service";
import { logRevealRefused } from "@/server/portal/access.service";
import { callerFor, codeOf, portalActor } from "@/tests/support/actors";
import { createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

const PASSWORD = "card-secret-password";
let s: FirmScenario;
let other: FirmScenario;
let clientId: string;
let personUserName: string;

/** A Prisma client of the test database that records every SQL statement it sends. */
const statements: string[] = [];
const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }), log: [{ emit: "event", level: "query" }] });
counted.$on("query", (event) => statements.push(event.query));

async function statementsOf<T>(read: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await read();
  return { result, sql: [...statements] };
}

/** A client with an accepted audit, its program (with tasks) served by the scenario's group, cloud access, a reveal and a portal person's activity. */
beforeAll(async () => {
  s = await createFirmScenario();
  other = await createFirmScenario();
  const client = await createClient(db, { firmId: s.firm.id, stage: "LEAD", managerId: s.staff.manager.id });
  clientId = client.id;
  const person = await createAuthorizedPerson(db, { clientId, canViewCredentials: false });
  personUserName = person.fullName;

  const { auditId } = await startAudit({ actor: s.actors.chief }, { clientId });
  const audit = await getAudit({ actor: s.actors.chief }, { auditId });
  for (const [index, finding] of audit.findings.entries()) {
    await recordFinding({ actor: s.actors.chief }, { auditId, findingId: finding.id, result: index === 0 ? "ISSUE" : "OK" });
  }
  const { programId } = await decideAudit({ actor: s.actors.manager }, { auditId, decision: "ACCEPT" });
  await db.transitionProgram.update({ where: { id: programId! }, data: { groupId: s.group.id } });

  const access = await createCloudAccess({ actor: s.actors.manager }, { clientId, personId: person.id, application: "1С:Бухгалтерия", url: "https://1c.example/card", login: "director", password: PASSWORD });
  await revealCloudAccess({ actor: s.actors.admin }, { accessId: access.id });
  const portal = portalActor((await loadActor(person.userId))!);
  await logRevealRefused(portal, portalMembership(portal, clientId), access.id);
});

afterAll(async () => {
  await counted.$disconnect();
});

describe("clientCard", () => {
  it("reads the client and all four sections for an ADMIN in one SQL statement", async () => {
    const { result: card, sql } = await statementsOf(() => clientCard({ actor: s.actors.admin, tx: counted }, clientId));
    expect(sql).toHaveLength(1);
    expect(card.audits).toHaveLength(1);
    expect(card.audits![0]).toMatchObject({ status: "COMPLETED", decision: "ACCEPT", problemCount: 1 });
    expect(card.program?.latest?.progress.total).toBeGreaterThan(0);
    expect(card.cloudAccess?.items).toHaveLength(1);
    expect(card.cloudAccess?.items[0]?.passwordMask).toMatch(/^•{8,}$/);
    expect(card.cloudAccess?.recentReveals).toHaveLength(1);
    expect(card.activity?.items.find((item) => item.action === "cloudAccess.revealRefused")).toMatchObject({ actorKind: "portal", actorName: personUserName });
    expect(JSON.stringify(card)).not.toContain(PASSWORD);
  });

  it("returns what the sections' own procedures return", async () => {
    const now = new Date();
    const actor = s.actors.admin;
    const card = await clientCard({ actor, now }, clientId);
    expect(card.client).toEqual(await getClient({ actor }, clientId));
    expect(card.audits).toEqual(await auditsOfClient({ actor }, { clientId }));
    expect(card.program?.latest).toEqual(await latestProgramSummary({ actor, now }, clientId));
    expect(card.cloudAccess).toEqual(await listCloudAccess({ actor }, { clientId }));
    expect(card.activity).toEqual(await clientActivityPage({ actor }, { clientId }));
  });

  it("does not read cloud access for a role without cloudAccess.read", async () => {
    const { result: card, sql } = await statementsOf(() => clientCard({ actor: s.actors.operator, tx: counted }, clientId));
    expect(card.cloudAccess).toBeNull();
    expect(card.audits).toHaveLength(1);
    expect(card.activity?.items.length).toBeGreaterThan(0);
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toContain('"CloudAccess"');
    expect(JSON.stringify(card)).not.toContain("https://1c.example/card");
  });

  it("is NOT_FOUND for another firm's admin and for staff outside the client's scope", async () => {
    expect(await codeOf(callerFor(other.actors.admin).office.clients.card({ clientId }))).toBe("NOT_FOUND");
    const outsideGroup = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION" });
    expect(await codeOf(callerFor(s.actors.accountant).office.clients.card({ clientId: outsideGroup.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(s.actors.accountant).office.clients.card({ clientId }))).toBe("OK");
  });
});
