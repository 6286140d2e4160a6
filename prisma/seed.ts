// Idempotent demo data: the firm «Демо Бухобслуживание» with a full team, templates and client «Синапс»,
// and a second firm to prove isolation. Run by `npm run db:seed`; `npm run dev` runs it on an empty database.
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createPrismaClient } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { generateProgram } from "@/server/programs/generate";
import { encryptSecret } from "@/server/cloud-access/crypto";
import {
  DEMO_PASSWORD,
  createAuditTemplate,
  createAuthorizedPerson,
  createClient,
  createFirm,
  createProgramTemplate,
  createStaff,
  createWorkingGroup,
} from "./factories";

export const DEMO_FIRM = "Демо Бухобслуживание";
export const OTHER_FIRM = "Другая фирма";

export const DEMO_STAFF = [
  { email: "admin@demo.test", name: "Анна Директорова", role: "ADMIN" },
  { email: "manager@demo.test", name: "Максим Менеджеров", role: "MANAGER" },
  { email: "chief@demo.test", name: "Галина Главбухова", role: "CHIEF_ACCOUNTANT" },
  { email: "accountant@demo.test", name: "Борис Бухгалтеров", role: "ACCOUNTANT" },
  { email: "operator1@demo.test", name: "Ольга Операторова", role: "OPERATOR" },
  { email: "operator2@demo.test", name: "Олег Вводов", role: "OPERATOR" },
  { email: "operator3@demo.test", name: "Ирина Первичкина", role: "OPERATOR" },
] as const;

/** Seeds the demo data unless it is already there. Returns false when nothing was done. */
export async function seed(db: PrismaClient): Promise<boolean> {
  if (await db.firm.findFirst({ where: { name: DEMO_FIRM }, select: { id: true } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const firm = await createFirm(tx, { name: DEMO_FIRM });
      const staff: Record<string, string> = {};
      for (const person of DEMO_STAFF) {
        const member = await createStaff(tx, { firmId: firm.id, role: person.role, email: person.email, name: person.name, passwordHash, phone: "+7 495 000-00-00" });
        staff[person.email] = member.id;
      }
      const second = {
        chief: await createStaff(tx, { firmId: firm.id, role: "CHIEF_ACCOUNTANT", email: "chief2@demo.test", name: "Вера Сверкина", passwordHash }),
        accountant: await createStaff(tx, { firmId: firm.id, role: "ACCOUNTANT", email: "accountant2@demo.test", name: "Павел Проводкин", passwordHash }),
        operators: await Promise.all(
          [4, 5, 6].map((n) => createStaff(tx, { firmId: firm.id, role: "OPERATOR", email: `operator${n}@demo.test`, name: `Оператор ${n}`, passwordHash })),
        ),
      };
      const groupA = await createWorkingGroup(tx, {
        firmId: firm.id,
        name: "Рабочая группа 1",
        capacity: 25,
        members: [
          { staffId: staff["chief@demo.test"]!, groupRole: "CHIEF_ACCOUNTANT" },
          { staffId: staff["accountant@demo.test"]!, groupRole: "ACCOUNTANT" },
          { staffId: staff["operator1@demo.test"]!, groupRole: "OPERATOR" },
          { staffId: staff["operator2@demo.test"]!, groupRole: "OPERATOR" },
          { staffId: staff["operator3@demo.test"]!, groupRole: "OPERATOR" },
        ],
      });
      await createWorkingGroup(tx, {
        firmId: firm.id,
        name: "Рабочая группа 2",
        capacity: 25,
        members: [
          { staffId: second.chief.id, groupRole: "CHIEF_ACCOUNTANT" },
          { staffId: second.accountant.id, groupRole: "ACCOUNTANT" },
          ...second.operators.map((o) => ({ staffId: o.id, groupRole: "OPERATOR" as const })),
        ],
      });
      await createAuditTemplate(tx, { firmId: firm.id });
      const programTemplate = await createProgramTemplate(tx, { firmId: firm.id });

      const synaps = await createClient(tx, {
        firmId: firm.id,
        name: "ООО «Синапс»",
        inn: "7724185366",
        kpp: "772401001",
        ogrn: "1177746358195",
        stage: "TRANSITION",
        managerId: staff["manager@demo.test"]!,
        taxRegime: "USN_INCOME",
      });
      const director = await createAuthorizedPerson(tx, { clientId: synaps.id, email: "director@synaps.test", fullName: "Сергей Синапсов", position: "Генеральный директор" });
      if (process.env.CREDENTIALS_KEY) {
        const { ciphertext, keyId } = encryptSecret("Synaps-Demo-2024!");
        await tx.cloudAccess.create({
          data: { clientId: synaps.id, personId: director.id, application: "1С:Бухгалтерия (облако)", url: "https://1c.example/synaps", login: "synaps-director", passwordEncrypted: ciphertext, keyId },
        });
      }
      await generateProgram(tx, {
        clientId: synaps.id,
        templateId: programTemplate.id,
        managerId: staff["manager@demo.test"]!,
        groupId: groupA.id,
        windowStart: new Date(),
      });
      await createClient(tx, { firmId: firm.id, name: "ИП Лидов Антон Петрович", inn: "502408719342", kpp: null, ogrn: "316502700014822", stage: "LEAD", managerId: staff["manager@demo.test"]! });

      const other = await createFirm(tx, { name: OTHER_FIRM });
      await createStaff(tx, { firmId: other.id, role: "ADMIN", email: "admin@other.test", name: "Админ Другой", passwordHash });
      const otherClient = await createClient(tx, { firmId: other.id, name: "ООО «Чужой клиент»", stage: "TRANSITION" });
      await createAuthorizedPerson(tx, { clientId: otherClient.id, email: "owner@other-client.test", fullName: "Владелец Чужой", position: "Директор" });
    },
    { timeout: 60_000 },
  );
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: run `npm run dev` (embedded database) or set it.");
    process.exit(1);
  }
  const db = createPrismaClient(url, { max: 2 });
  seed(db)
    .then((done) => console.log(done ? "Seeded demo data." : "Demo data already present: nothing to do."))
    .catch((error: unknown) => {
      console.error("Seed failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
