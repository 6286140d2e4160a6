// A fresh soak database: migrated, seeded with the demo data, plus staff, clients with approved programs and persons.
import { createPrismaClient } from "@/server/db";
import { createRussianDatabase } from "@/server/db/admin";
import { applyMigrations } from "@/server/db/migrate";
import { hashPassword } from "@/server/auth/password";
import { generateProgram } from "@/server/programs/generate";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { DEMO_FIRM, seed } from "@/prisma/seed";
import { DEMO_PASSWORD, createAuthorizedPerson, createClient, createStaff } from "@/prisma/factories";
import { CREDENTIALS_KEY, type SoakCluster } from "./infra";

export type SoakPerson = { email: string; clientId: string; notificationIds: string[] };
export type SoakTask = { id: string; programId: string; clientId: string };
export type Fixture = { databaseUrl: string; db: PrismaClient; staffEmails: string[]; persons: SoakPerson[]; tasks: SoakTask[]; firmId: string };

export async function prepareDatabase(
  cluster: SoakCluster,
  name: string,
  size: { staff: number; clients: number; notificationsPerPerson: number },
): Promise<Fixture> {
  process.env.CREDENTIALS_KEY = CREDENTIALS_KEY;
  process.env.CREDENTIALS_KEY_ID = "soak";
  await createRussianDatabase(cluster.url("postgres"), name);
  const databaseUrl = cluster.url(name);
  await applyMigrations(databaseUrl);
  const db = createPrismaClient(databaseUrl, { max: 4 });
  await seed(db);
  const firm = await db.firm.findFirstOrThrow({ where: { name: DEMO_FIRM }, select: { id: true } });
  const template = await db.programTemplate.findFirstOrThrow({ where: { firmId: firm.id }, select: { id: true } });
  const manager = await db.staffMember.findFirstOrThrow({ where: { firmId: firm.id, role: "MANAGER" }, select: { id: true } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const tag = name.replace(/[^a-z0-9]/gi, "").slice(-8).toLowerCase();

  const staffEmails = Array.from({ length: size.staff }, (_, i) => `soak-staff-${tag}-${i}@soak.test`);
  await db.$transaction(
    async (tx) => {
      for (const email of staffEmails) await createStaff(tx, { firmId: firm.id, role: "ADMIN", email, name: `Нагрузка ${email}`, passwordHash });
    },
    { timeout: 120_000 },
  );

  const persons: SoakPerson[] = [];
  for (let i = 0; i < size.clients; i++) {
    await db.$transaction(
      async (tx) => {
        const client = await createClient(tx, { firmId: firm.id, name: `ООО «Нагрузка ${i}»`, stage: "TRANSITION", managerId: manager.id });
        await generateProgram(tx, { clientId: client.id, templateId: template.id, managerId: manager.id, windowStart: new Date() });
        const email = `soak-person-${tag}-${i}@soak.test`;
        const person = await createAuthorizedPerson(tx, { clientId: client.id, email, fullName: `Представитель ${i}` });
        const notificationIds: string[] = [];
        for (let n = 0; n < size.notificationsPerPerson; n++) {
          const row = await tx.portalNotification.create({ data: { clientId: client.id, personId: person.id, kind: "task-done", data: { taskTitle: `Задача ${n}`, reason: null } } });
          notificationIds.push(row.id);
        }
        persons.push({ email, clientId: client.id, notificationIds });
      },
      { timeout: 60_000 },
    );
  }
  const clientIds = persons.map((p) => p.clientId);
  const taskRows = await db.programTask.findMany({
    where: { program: { clientId: { in: clientIds } } },
    select: { id: true, programId: true, program: { select: { clientId: true } } },
    orderBy: [{ programId: "asc" }, { position: "asc" }],
  });
  const tasks = taskRows.map((t) => ({ id: t.id, programId: t.programId, clientId: t.program.clientId }));
  return { databaseUrl, db, staffEmails, persons, tasks, firmId: firm.id };
}
