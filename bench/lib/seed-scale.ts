// Fills a migrated, demo-seeded database with N clients of the demo firm (audits, programs, groups, persons, activity) by bulk inserts.
import pg from "pg";
import { addDays } from "date-fns";
import { withInnCheckDigit } from "@/server/clients/requisites";
import { GROUPS_PAGE_SIZE } from "@/server/groups/groups.schema";
import { DEMO_FIRM } from "@/prisma/seed";
import { idMaker, insertRows, type Cell } from "./bulk";
import { AUDIT_ITEMS, TEN_TASKS, clientName, randomSource, stageOf } from "./shape";

export const BENCH_TEMPLATE_NAME = "Программа перехода (10 задач)";
const DAY = 86_400_000;

type Staff = { id: string; userId: string };

function digits(random: () => number, n: number): string {
  let s = String(1 + Math.floor(random() * 9));
  while (s.length < n) s += String(Math.floor(random() * 10));
  return s;
}

/** Adds `clients` clients to the demo firm; returns a summary of what was written. */
export async function seedScale(url: string, clients: number, log: (line: string) => void = console.log): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const random = randomSource(clients);
  const now = new Date();
  const id = { user: idMaker("u"), staff: idMaker("s"), group: idMaker("g"), client: idMaker("c"), audit: idMaker("a"), item: idMaker("f"), program: idMaker("p"), task: idMaker("t"), person: idMaker("h"), activity: idMaker("l"), email: idMaker("e") };
  const counts: Record<string, number> = {};
  const put = async (table: string, columns: Parameters<typeof insertRows>[2], rows: Cell[][]) => {
    const started = Date.now();
    await insertRows(db, table, columns, rows);
    counts[table] = (counts[table] ?? 0) + rows.length;
    log(`  ${table}: ${rows.length} rows in ${Date.now() - started} ms`);
  };
  try {
    const firm = (await db.query<{ id: string }>(`SELECT id FROM "Firm" WHERE name = $1`, [DEMO_FIRM])).rows[0];
    if (!firm) throw new Error("The demo firm is missing: run the normal seed first (npm run db:seed).");
    const demo = (await db.query<{ email: string; id: string; passwordHash: string }>(
      `SELECT u.email, s.id, s."passwordHash" FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE s."firmId" = $1`, [firm.id])).rows;
    const demoId = (email: string) => demo.find((s) => s.email === email)?.id ?? null;
    const passwordHash = demo.find((s) => s.email === "admin@demo.test")?.passwordHash ?? null;
    await db.query("BEGIN");

    // Staff: one manager per 500 clients besides manager@demo.test, and one full working group per 100 clients, at least
    // a full page of the groups directory, so that its page shows as many groups at every size.
    const managerCount = Math.max(1, Math.round(clients / 500));
    const groupCount = Math.max(GROUPS_PAGE_SIZE, Math.ceil(clients / 100));
    const users: Cell[][] = [];
    const staffRows: Cell[][] = [];
    const newStaff = (email: string, name: string, role: string): Staff => {
      const member = { id: id.staff(), userId: id.user() };
      users.push([member.userId, email, name, now, now]);
      staffRows.push([member.id, firm.id, member.userId, role, passwordHash, now, now]);
      return member;
    };
    const managers = [demoId("manager@demo.test"), ...Array.from({ length: managerCount }, (_, i) => newStaff(`bench-manager${i + 1}@demo.test`, `Менеджер ${i + 1}`, "MANAGER").id)];
    const groups = Array.from({ length: groupCount }, (_, g) => ({
      id: id.group(),
      name: `Группа ${g + 1}`,
      chief: newStaff(`bench-g${g + 1}-chief@demo.test`, `Главбух группы ${g + 1}`, "CHIEF_ACCOUNTANT").id,
      accountant: newStaff(`bench-g${g + 1}-accountant@demo.test`, `Бухгалтер группы ${g + 1}`, "ACCOUNTANT").id,
      operators: [1, 2, 3].map((o) => newStaff(`bench-g${g + 1}-operator${o}@demo.test`, `Оператор ${o} группы ${g + 1}`, "OPERATOR").id),
    }));
    await put("User", [["id", "text"], ["email", "text"], ["name", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], users);
    await put("StaffMember", [["id", "text"], ["firmId", "text"], ["userId", "text"], ["role", '"StaffRole"'], ["passwordHash", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], staffRows);
    await put("WorkingGroup", [["id", "text"], ["firmId", "text"], ["name", "text"], ["capacity", "int"], ["updatedAt", "timestamp(3)"]], groups.map((g) => [g.id, firm.id, g.name, 120, now]));
    await put("WorkingGroupMember", [["id", "text"], ["groupId", "text"], ["staffId", "text"], ["groupRole", '"GroupRole"']], groups.flatMap((g) => [
      [`m${g.id}c`, g.id, g.chief, "CHIEF_ACCOUNTANT"], [`m${g.id}a`, g.id, g.accountant, "ACCOUNTANT"], ...g.operators.map((o, i) => [`m${g.id}o${i}`, g.id, o, "OPERATOR"]),
    ]));

    // The 10-task template the programs come from.
    const templateId = `bench-template-${clients}`;
    await db.query(`INSERT INTO "ProgramTemplate" (id, "firmId", name, "windowDays", "updatedAt") VALUES ($1, $2, $3, 7, now())`, [templateId, firm.id, BENCH_TEMPLATE_NAME]);
    await put("ProgramTaskTemplate", [["id", "text"], ["templateId", "text"], ["title", "text"], ["responsibleRole", '"TaskRole"'], ["dayOffset", "int"], ["position", "int"], ["kind", "text"]],
      TEN_TASKS.map((t, i) => [`${templateId}-${i}`, templateId, t.title, t.responsibleRole, t.dayOffset, i, t.kind]));

    // Clients with their audits, programs, tasks, persons and activity.
    const rows = { client: [] as Cell[][], audit: [] as Cell[][], finding: [] as Cell[][], program: [] as Cell[][], task: [] as Cell[][], user: [] as Cell[][], person: [] as Cell[][], activity: [] as Cell[][], email: [] as Cell[][] };
    for (let i = 0; i < clients; i++) {
      const stage = stageOf(i);
      const clientId = id.client();
      const group = groups[Math.floor((i * groupCount) / clients)]!;
      const managerId = stage === "LEAD" && i % 5 === 0 ? null : managers[i % managers.length]!;
      const created = new Date(now.getTime() - Math.floor(random() * 365) * DAY);
      rows.client.push([clientId, firm.id, clientName(i, random), withInnCheckDigit(digits(random, 9)), "770101001", stage, managerId, ["OSNO", "USN_INCOME", "USN_INCOME_MINUS_EXPENSES"][i % 3]!, created, now]);
      rows.activity.push([id.activity(), firm.id, clientId, "client.created", "Client", clientId, created]);
      // Sign-in links asked for addresses that are nobody's of this firm (another firm's people, typos).
      if (i % 10 === 0) rows.email.push([id.email(), null, `someone${i + 1}@elsewhere.test`, "magic-link", "ru", "{}", "Вход в личный кабинет", "SENT", created, created]);
      if (stage === "LEAD") continue;
      const auditId = id.audit();
      const auditDone = stage !== "AUDIT";
      const decision = !auditDone ? null : stage === "REFUSED" ? "REFUSE" : "ACCEPT";
      rows.audit.push([auditId, clientId, group.chief, auditDone ? "COMPLETED" : "IN_PROGRESS", decision, created, auditDone ? created : null]);
      AUDIT_ITEMS.forEach((title, position) => rows.finding.push([id.item(), auditId, title, position, auditDone ? (random() < 0.8 ? "OK" : "ISSUE") : null]));
      rows.activity.push([id.activity(), firm.id, clientId, auditDone ? "audit.completed" : "audit.started", "ExpressAudit", auditId, created]);
      if (stage === "AUDIT" || (stage === "REFUSED" && i % 2 === 0)) continue;
      const programId = id.program();
      const status = stage === "CONNECTED" ? "COMPLETED" : stage === "REFUSED" ? "REFUSED_BY_CLIENT" : i % 5 === 0 ? "DRAFT" : "APPROVED";
      const start = status === "DRAFT" ? null : status === "APPROVED" ? new Date(now.getTime() - Math.floor(random() * 10) * DAY) : created;
      const elapsedDays = start ? (now.getTime() - start.getTime()) / DAY : 0;
      rows.program.push([programId, clientId, auditId, templateId, managerId, group.id, status, start, start, start ? addDays(start, 7) : null, status === "COMPLETED" ? addDays(created, 7) : null, created, now]);
      rows.activity.push([id.activity(), firm.id, clientId, "program.created", "TransitionProgram", programId, created]);
      TEN_TASKS.forEach((task, position) => {
        const assignee = task.responsibleRole === "CLIENT" ? null : task.responsibleRole === "MANAGER" ? managerId : task.responsibleRole === "CHIEF_ACCOUNTANT" ? group.chief : task.responsibleRole === "ACCOUNTANT" ? group.accountant : group.operators[position % 3]!;
        let taskStatus = "TODO";
        if (status === "COMPLETED") taskStatus = "DONE";
        else if (status === "APPROVED" && task.dayOffset < elapsedDays - 1) taskStatus = random() < 0.85 ? "DONE" : random() < 0.5 ? "BLOCKED" : "IN_PROGRESS";
        else if (status === "APPROVED" && task.dayOffset < elapsedDays) taskStatus = "IN_PROGRESS";
        rows.task.push([id.task(), programId, task.title, task.responsibleRole, task.kind, assignee, position, task.dayOffset, start ? addDays(start, task.dayOffset) : null, taskStatus, taskStatus === "BLOCKED" ? "Ждем документы" : null, taskStatus === "DONE" ? now : null, created, now]);
      });
      const personUser = id.user();
      const email = `person${i + 1}@bench-client.test`;
      rows.user.push([personUser, email, `Директор ${i + 1}`, created, now]);
      rows.person.push([id.person(), clientId, personUser, `Директор ${i + 1}`, "Генеральный директор", email, "ACTIVE", created, now]);
      // The outbox: the person's invitation (the firm's row) and a sign-in link (a row without a firm).
      const signedIn = new Date(created.getTime() + Math.floor(random() * DAY));
      rows.email.push([id.email(), firm.id, email, "invitation", "ru", "{}", "Приглашение в личный кабинет", "SENT", created, created]);
      rows.email.push([id.email(), null, email, "magic-link", "ru", "{}", "Вход в личный кабинет", "SENT", signedIn, signedIn]);
    }
    await put("Client", [["id", "text"], ["firmId", "text"], ["name", "text"], ["inn", "text"], ["kpp", "text"], ["stage", '"ClientStage"'], ["managerId", "text"], ["taxRegime", '"TaxRegime"'], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], rows.client);
    await put("ExpressAudit", [["id", "text"], ["clientId", "text"], ["auditorId", "text"], ["status", '"AuditStatus"'], ["decision", '"AuditDecision"'], ["startedAt", "timestamp(3)"], ["completedAt", "timestamp(3)"]], rows.audit);
    await put("AuditFinding", [["id", "text"], ["auditId", "text"], ["title", "text"], ["position", "int"], ["result", '"AuditResult"']], rows.finding);
    await put("TransitionProgram", [["id", "text"], ["clientId", "text"], ["auditId", "text"], ["templateId", "text"], ["managerId", "text"], ["groupId", "text"], ["status", '"ProgramStatus"'], ["approvedFrom", "timestamp(3)"], ["windowStart", "timestamp(3)"], ["windowEnd", "timestamp(3)"], ["completedAt", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], rows.program);
    await put("ProgramTask", [["id", "text"], ["programId", "text"], ["title", "text"], ["responsibleRole", '"TaskRole"'], ["kind", "text"], ["assigneeId", "text"], ["position", "int"], ["dayOffset", "int"], ["dueDate", "timestamp(3)"], ["status", '"TaskStatus"'], ["blockedReason", "text"], ["completedAt", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], rows.task);
    await put("User", [["id", "text"], ["email", "text"], ["name", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], rows.user);
    await put("AuthorizedPerson", [["id", "text"], ["clientId", "text"], ["userId", "text"], ["fullName", "text"], ["position", "text"], ["email", "text"], ["invitationState", '"InvitationState"'], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]], rows.person);
    await put("ActivityLog", [["id", "text"], ["firmId", "text"], ["clientId", "text"], ["action", "text"], ["subjectType", "text"], ["subjectId", "text"], ["createdAt", "timestamp(3)"]], rows.activity);
    await put("EmailOutbox", [["id", "text"], ["firmId", "text"], ["recipient", "text"], ["template", "text"], ["locale", "text"], ["data", "jsonb"], ["subject", "text"], ["status", '"EmailStatus"'], ["createdAt", "timestamp(3)"], ["sentAt", "timestamp(3)"]], rows.email);
    await db.query("COMMIT");
    const started = Date.now();
    await db.query("VACUUM ANALYZE");
    log(`  VACUUM ANALYZE in ${Date.now() - started} ms`);
    return counts;
  } catch (error) {
    await db.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
