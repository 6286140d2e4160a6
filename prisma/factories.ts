// Factories shared by the seed and the tests: each builds valid rows; unique values unless given.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { ClientStage, GroupRole, StaffRole, TaskRole, TaxRegime } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { withInnCheckDigit, withOgrnCheckDigit } from "@/server/clients/requisites";

type DbLike = PrismaClient | Tx;

const unique = () => randomBytes(4).toString("hex");
const randomDigits = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + (randomBytes(1)[0]! % 9) : randomBytes(1)[0]! % 10)).join("");

export const DEMO_PASSWORD = "demo-password";

export function randomInn(): string {
  return withInnCheckDigit(randomDigits(9));
}

export function randomOgrn(): string {
  return withOgrnCheckDigit(`1${randomDigits(11)}`);
}

export function createFirm(db: DbLike, data: { name?: string } = {}) {
  return db.firm.create({ data: { name: data.name ?? `Фирма ${unique()}` } });
}

export async function createStaff(
  db: DbLike,
  data: { firmId: string; role: StaffRole; email?: string; name?: string; password?: string; passwordHash?: string; active?: boolean; phone?: string },
) {
  const email = (data.email ?? `${data.role.toLowerCase()}-${unique()}@staff.test`).toLowerCase();
  const passwordHash = data.passwordHash ?? (data.password ? await hashPassword(data.password) : null);
  const user = await db.user.create({ data: { email, name: data.name ?? email.split("@")[0] ?? email } });
  return db.staffMember.create({
    data: { firmId: data.firmId, userId: user.id, role: data.role, active: data.active ?? true, passwordHash, phone: data.phone },
    include: { user: true },
  });
}

export function createClient(
  db: DbLike,
  data: { firmId: string; name?: string; inn?: string; kpp?: string | null; ogrn?: string | null; stage?: ClientStage; managerId?: string | null; taxRegime?: TaxRegime },
) {
  return db.client.create({
    data: {
      firmId: data.firmId,
      name: data.name ?? `ООО «Клиент ${unique()}»`,
      inn: data.inn ?? randomInn(),
      kpp: data.kpp === undefined ? "770101001" : data.kpp,
      ogrn: data.ogrn === undefined ? randomOgrn() : data.ogrn,
      stage: data.stage ?? "LEAD",
      managerId: data.managerId ?? null,
      taxRegime: data.taxRegime ?? "USN_INCOME",
    },
  });
}

/** An authorized person of a client; reuses the user with that e-mail (one person, several clients). */
export async function createAuthorizedPerson(
  db: DbLike,
  data: { clientId: string; email?: string; fullName?: string; position?: string; canViewCredentials?: boolean; canManagePersons?: boolean; active?: boolean },
) {
  const email = (data.email ?? `person-${unique()}@client.test`).toLowerCase();
  const fullName = data.fullName ?? `Представитель ${unique()}`;
  const user = await db.user.upsert({ where: { email }, update: {}, create: { email, name: fullName } });
  return db.authorizedPerson.create({
    data: {
      clientId: data.clientId,
      userId: user.id,
      email,
      fullName,
      position: data.position ?? "Директор",
      canViewCredentials: data.canViewCredentials ?? true,
      canManagePersons: data.canManagePersons ?? true,
      invitationState: data.active === false ? "INVITED" : "ACTIVE",
      acceptedAt: data.active === false ? null : new Date(),
    },
  });
}

export async function createWorkingGroup(
  db: DbLike,
  data: { firmId: string; name?: string; capacity?: number; members: { staffId: string; groupRole: GroupRole }[] },
) {
  return db.workingGroup.create({
    data: {
      firmId: data.firmId,
      name: data.name ?? `Группа ${unique()}`,
      capacity: data.capacity ?? 20,
      members: { create: data.members },
    },
    include: { members: true },
  });
}

export const DEFAULT_AUDIT_ITEMS = [
  "Несданная отчетность (ФНС, СФР, Росстат)",
  "Невосстановимые остатки по счетам",
  "Сверка расчетов с бюджетом (ФНС)",
  "Первичные документы за текущий период",
  "Расчеты с контрагентами и акты сверки",
  "Кадровые документы и расчет заработной платы",
  "Основные средства и ТМЦ",
  "Учетная политика и база 1С",
];

export function createAuditTemplate(db: DbLike, data: { firmId: string; name?: string; items?: string[]; isDefault?: boolean }) {
  const items = data.items ?? DEFAULT_AUDIT_ITEMS;
  return db.auditTemplate.create({
    data: {
      firmId: data.firmId,
      name: data.name ?? "Экспресс-аудит: стандартный чек-лист",
      isDefault: data.isDefault ?? true,
      items: { create: items.map((title, position) => ({ title, position })) },
    },
    include: { items: true },
  });
}

export type TaskTemplateSeed = { title: string; description: string; responsibleRole: TaskRole; dayOffset: number; kind?: string };

export const STANDARD_PROGRAM_TASKS: TaskTemplateSeed[] = [
  { title: "Подписание договора", description: "Договор на бухгалтерское обслуживание подписан обеими сторонами.", responsibleRole: "CLIENT", dayOffset: 0, kind: "contract" },
  { title: "Подключение к электронной отчетности", description: "Подключение к сервису сдачи отчетности (входит в тариф).", responsibleRole: "ACCOUNTANT", dayOffset: 1 },
  { title: "Подготовка хранилища документов", description: "Настройка облачного хранилища и загрузки первичных документов.", responsibleRole: "OPERATOR", dayOffset: 2 },
  { title: "Настройка учета заработной платы", description: "Перенос сотрудников, начислений и настроек расчета зарплаты.", responsibleRole: "CHIEF_ACCOUNTANT", dayOffset: 4 },
  { title: "Назначение уполномоченных лиц клиента", description: "Клиент назначает лиц, которые получат доступ к порталу и облаку.", responsibleRole: "CLIENT", dayOffset: 6, kind: "authorized-persons" },
];

export function createProgramTemplate(db: DbLike, data: { firmId: string; name?: string; tasks?: TaskTemplateSeed[]; windowDays?: number; isDefault?: boolean }) {
  const tasks = data.tasks ?? STANDARD_PROGRAM_TASKS;
  return db.programTemplate.create({
    data: {
      firmId: data.firmId,
      name: data.name ?? "Стандартная программа перехода",
      isDefault: data.isDefault ?? true,
      windowDays: data.windowDays ?? 7,
      tasks: { create: tasks.map((task, position) => ({ ...task, kind: task.kind ?? null, position })) },
    },
    include: { tasks: { orderBy: { position: "asc" } } },
  });
}
