// Builds a transition program from a program template: tasks in order, due dates from offsets, assignees from the group.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db";
import { Prisma, type ProgramTask, type TransitionProgram } from "@/server/generated/prisma/client";
import type { ClientStage } from "@/server/generated/prisma/enums";
import { assigneeSql, groupMembersSql, roleTurnSql } from "./assignees";

export type GenerateInput = { clientId: string; templateId: string; auditId?: string | null; managerId: string | null; groupId?: string | null; windowStart?: Date | null };
type TaskRow = ProgramTask & { programClientStage: ClientStage; programWindowEnd: Date | null };

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
    src AS (SELECT t.*, ${roleTurnSql} AS turn FROM "ProgramTaskTemplate" t WHERE t."templateId" = ${input.templateId}),
    m AS (${groupMembersSql(input.groupId ?? null)}),
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
