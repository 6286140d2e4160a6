// "This password does not work": an activity row and a service task for the chief accountant in the client's latest program.
import type { z } from "zod";
import { addDays } from "date-fns";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { ownAccess } from "./access.service";
import { PASSWORD_RESET_KIND, type PortalCtx } from "./context";
import { accessInput } from "./portal.schema";

/**
 * Adds a TODO task «Сбросить пароль: <application>» (kind password-reset, CHIEF_ACCOUNTANT, assigned to the group's
 * chief accountant, due tomorrow) to the newest program, even a COMPLETED one; an open one for the same
 * application is reused. Bumps the program's version so staff editing it reload.
 */
export async function reportBrokenPassword({ actor, membership, now = new Date() }: PortalCtx, raw: z.input<typeof accessInput>) {
  const input = accessInput.parse(raw);
  return db.$transaction(async (tx) => {
    const client = await tx.client.findUniqueOrThrow({ where: { id: membership.clientId }, select: { stage: true } });
    if (client.stage !== "CONNECTED") throw new AppError("PRECONDITION_FAILED", "portal.errors.notConnected", { message: "the client is not connected yet" });
    const access = await ownAccess(tx, membership, input.accessId);
    const program = await tx.transitionProgram.findFirst({
      where: { clientId: membership.clientId },
      orderBy: { createdAt: "desc" },
      select: { id: true, group: { select: { members: { where: { groupRole: "CHIEF_ACCOUNTANT" }, take: 1, select: { staffId: true } } } } },
    });
    const title = `Сбросить пароль: ${access.application}`.slice(0, 300);
    let taskId: string | null = null;
    let created = false;
    if (program) {
      const open = await tx.programTask.findFirst({ where: { programId: program.id, kind: PASSWORD_RESET_KIND, title, status: { not: "DONE" } }, select: { id: true } });
      if (open) taskId = open.id;
      else {
        await tx.$queryRaw`SELECT id FROM "TransitionProgram" WHERE id = ${program.id} FOR UPDATE`;
        const last = await tx.programTask.aggregate({ where: { programId: program.id }, _max: { position: true } });
        const task = await tx.programTask.create({
          data: {
            programId: program.id,
            title,
            description: `Логин: ${access.login}. Сообщил(а) в портале: ${actor.name} (${actor.email}).`,
            responsibleRole: "CHIEF_ACCOUNTANT",
            kind: PASSWORD_RESET_KIND,
            status: "TODO",
            assigneeId: program.group?.members[0]?.staffId ?? null,
            position: (last._max.position ?? -1) + 1,
            dueDate: addDays(now, 1),
          },
        });
        await tx.transitionProgram.update({ where: { id: program.id }, data: { version: { increment: 1 } } });
        taskId = task.id;
        created = true;
      }
    }
    await logActivity(tx, actor, {
      firmId: membership.firmId,
      clientId: membership.clientId,
      action: "cloudAccess.reportedBroken",
      subjectType: "CloudAccess",
      subjectId: access.id,
      data: { application: access.application, login: access.login, person: actor.name, taskId },
    });
    return { taskId, created };
  });
}
