// Builds a transition program from a program template: tasks in order, due dates from offsets, assignees from the group.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db";
import { Prisma, type ProgramTask, type TransitionProgram } from "@/server/generated/prisma/client";
import type { ClientStage, GroupRole, TaskRole } from "@/server/generated/prisma/enums";

type GroupMember = { staffId: string; groupRole: GroupRole };

/**
 * Picks the group member for a task role; operators take tasks in turn. Generation applies the same rule in SQL
 * (`assigneeSql`): the members of a role in the order they joined, operators' tasks in template order round-robin.
 */
export function assigneeFor(role: TaskRole, members: GroupMember[], managerId: string | null, operatorTurn: { next: number }): string | null {
  if (role === "CLIENT") return null;
  if (role === "MANAGER") return managerId;
  const candidates = members.filter((m) => m.groupRole === role);
  if (candidates.length === 0) return null;
  const index = role === "OPERATOR" ? operatorTurn.next++ % candidates.length : 0;
  return candidates[index]?.staffId ?? null;
}

export type GenerateInput = { clientId: string; templateId: string; auditId?: string | null; managerId: string | null; groupId?: string | null; windowStart?: Date | null };
type TaskRow = ProgramTask & { programClientStage: ClientStage; programWindowEnd: Date | null };

/** `assigneeFor` over the CTEs `src` (template tasks with `turn`, their rank among tasks of their role) and `m` (members). */
const assigneeSql = (managerId: string | null) => Prisma.sql`CASE src."responsibleRole"
  WHEN 'CLIENT' THEN NULL
  WHEN 'MANAGER' THEN ${managerId}
  ELSE (SELECT m."staffId" FROM m WHERE m.role = src."responsibleRole"::text
        AND m.idx = CASE WHEN src."responsibleRole" = 'OPERATOR' THEN src.turn % m.n ELSE 0 END)
END`;

/**
 * One statement reads the template and the group and writes the program with its tasks (the trigger-kept columns
 * come back with it): four round trips and four Prisma queries became one, which is most of generation's time.
 * Ids are random UUIDs (text like every id here). The program's own row is inserted first in the statement, so the
 * task rows' foreign key and triggers see it.
 */
export async function generateProgram(tx: Tx, input: GenerateInput): Promise<TransitionProgram & { tasks: ProgramTask[] }> {
  const id = randomUUID();
  const now = new Date();
  const start = input.windowStart ?? null;
  const status = start ? "APPROVED" : "DRAFT";
  const rows = await tx.$queryRaw<TaskRow[]>`
    WITH tpl AS (SELECT "windowDays" FROM "ProgramTemplate" WHERE "id" = ${input.templateId}),
    src AS (
      SELECT t.*, row_number() OVER (PARTITION BY t."responsibleRole" ORDER BY t."position", t."id") - 1 AS turn
      FROM "ProgramTaskTemplate" t WHERE t."templateId" = ${input.templateId}
    ),
    m AS (
      SELECT "staffId", "groupRole"::text AS role,
        row_number() OVER (PARTITION BY "groupRole" ORDER BY "createdAt", "id") - 1 AS idx, count(*) OVER (PARTITION BY "groupRole") AS n
      FROM "WorkingGroupMember" WHERE "groupId" = ${input.groupId ?? null}
    ),
    prog AS (
      INSERT INTO "TransitionProgram" ("id", "clientId", "auditId", "templateId", "managerId", "groupId", "status", "approvedFrom", "windowStart", "windowEnd", "createdAt", "updatedAt")
      SELECT ${id}, ${input.clientId}, ${input.auditId ?? null}, ${input.templateId}, ${input.managerId}, ${input.groupId ?? null}, ${status}::"ProgramStatus",
        ${start}::timestamp, ${start}::timestamp, ${start}::timestamp + tpl."windowDays" * interval '1 day', ${now}::timestamp, ${now}::timestamp
      FROM tpl
      RETURNING "id", "clientStage", "windowEnd"
    ),
    ins AS (
      INSERT INTO "ProgramTask" ("id", "programId", "title", "description", "responsibleRole", "kind", "position", "dayOffset", "dueDate", "assigneeId", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, prog."id", src."title", src."description", src."responsibleRole", src."kind", src."position", src."dayOffset",
        ${start}::timestamp + src."dayOffset" * interval '1 day', ${assigneeSql(input.managerId)}, ${now}::timestamp, ${now}::timestamp
      FROM src, prog
      RETURNING *
    )
    SELECT prog."clientStage"::text AS "programClientStage", prog."windowEnd" AS "programWindowEnd",
      ins."id", ins."programId", ins."title", ins."description", ins."responsibleRole"::text AS "responsibleRole", ins."kind", ins."assigneeId",
      ins."position", ins."dayOffset", ins."dueDate", ins."status"::text AS "status", ins."blockedReason", ins."result", ins."completedAt",
      ins."programOpen", ins."createdAt", ins."updatedAt"
    FROM prog LEFT JOIN ins ON true
    ORDER BY ins."position"`;
  const first = rows[0];
  if (!first) throw new Prisma.PrismaClientKnownRequestError("No ProgramTemplate found", { code: "P2025", clientVersion: Prisma.prismaVersion.client });
  const tasks = rows.filter((row) => row.id !== null).map(({ programClientStage: _stage, programWindowEnd: _end, ...task }) => task);
  const program: TransitionProgram = {
    id,
    clientId: input.clientId,
    auditId: input.auditId ?? null,
    templateId: input.templateId,
    managerId: input.managerId,
    groupId: input.groupId ?? null,
    status,
    approvedFrom: start,
    windowStart: start,
    windowEnd: first.programWindowEnd,
    refusalReason: null,
    capacityOverrideReason: null,
    completedAt: null,
    version: 1,
    clientStage: first.programClientStage,
    createdAt: now,
    updatedAt: now,
  };
  return { ...program, tasks };
}
