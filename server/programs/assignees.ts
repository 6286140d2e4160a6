// The one rule for who does a program's task, in SQL: CLIENT tasks nobody, MANAGER tasks the program's manager, other
// roles the group's member of that role who joined first; operators take their tasks in turn, in task order.
import { Prisma } from "@/server/generated/prisma/client";

/** A CTE body `m`: the group's members with their rank within their role (`idx`, by joining order) and the role's size (`n`). */
export const groupMembersSql = (groupId: string | null) => Prisma.sql`
  SELECT "staffId", "groupRole"::text AS role,
    row_number() OVER (PARTITION BY "groupRole" ORDER BY "createdAt", "id") - 1 AS idx, count(*) OVER (PARTITION BY "groupRole") AS n
  FROM "WorkingGroupMember" WHERE "groupId" = ${groupId}`;

/** A task's rank among the tasks of its role, in task order: `turn` in `assigneeSql`. */
export const roleTurnSql = Prisma.sql`row_number() OVER (PARTITION BY "responsibleRole" ORDER BY "position", "id") - 1`;

/** The assignee of the task row `src` (with `responsibleRole` and `turn`) from the members CTE `m`. */
export const assigneeSql = (managerId: string | null) => Prisma.sql`CASE src."responsibleRole"
  WHEN 'CLIENT' THEN NULL
  WHEN 'MANAGER' THEN ${managerId}
  ELSE (SELECT m."staffId" FROM m WHERE m.role = src."responsibleRole"::text
        AND m.idx = CASE WHEN src."responsibleRole" = 'OPERATOR' THEN src.turn % m.n ELSE 0 END)
END`;
