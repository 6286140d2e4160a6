// The firm's program template: read it with its tasks; an ADMIN edits name, window and tasks (existing programs keep theirs).
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { fieldErrorsOf, updateTemplateInput, type UpdateTemplateInput } from "./program-templates.schema";

type Opts = { actor: StaffActor; tx?: Tx };

const templateSelect = {
  id: true,
  name: true,
  windowDays: true,
  updatedAt: true,
  tasks: { orderBy: { position: "asc" }, select: { id: true, title: true, description: true, responsibleRole: true, dayOffset: true, position: true, kind: true } },
} as const;

/** The firm's default template (the oldest one when none is marked default), or null when the firm has none. */
export function getDefaultProgramTemplate({ actor, tx = db }: Opts) {
  return tx.programTemplate.findFirst({
    where: staffFirmScope(actor),
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: templateSelect,
  });
}

/** Replaces the template's header and tasks in the given order; tasks keep their id and kind when they carry their id. */
export async function updateProgramTemplate({ actor }: Opts, raw: UpdateTemplateInput) {
  const parsed = updateTemplateInput.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "errors.invalidInput", { fieldErrors: fieldErrorsOf(parsed.error) });
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const template = await getDefaultProgramTemplate({ actor, tx });
    if (!template) throw notFound("program template");
    const known = new Set(template.tasks.map((t) => t.id));
    const unknownIndex = input.tasks.findIndex((t) => t.id !== undefined && !known.has(t.id));
    if (unknownIndex >= 0) throw new AppError("BAD_REQUEST", "errors.invalidInput", { fieldErrors: { [`tasks.${unknownIndex}.id`]: ["unknownTask"] } });
    const { count } = await tx.programTemplate.updateMany({
      where: { id: template.id, updatedAt: input.expectedUpdatedAt },
      data: { name: input.name, windowDays: input.windowDays },
    });
    if (count === 0) throw new AppError("CONFLICT", "programs.errors.staleTemplate", { message: "the template was changed by someone else" });
    const kept = new Set(input.tasks.flatMap((t) => (t.id ? [t.id] : [])));
    await tx.programTaskTemplate.deleteMany({ where: { templateId: template.id, id: { notIn: [...kept] } } });
    for (const [position, task] of input.tasks.entries()) {
      const data = { title: task.title, description: task.description || null, responsibleRole: task.responsibleRole, dayOffset: task.dayOffset, position };
      if (task.id) await tx.programTaskTemplate.update({ where: { id: task.id }, data });
      else await tx.programTaskTemplate.create({ data: { ...data, templateId: template.id } });
    }
    await logActivity(tx, actor, {
      firmId: actor.firmId,
      action: "programTemplate.updated",
      subjectType: "ProgramTemplate",
      subjectId: template.id,
      data: { name: input.name, windowDays: input.windowDays, tasks: input.tasks.length },
    });
    return getDefaultProgramTemplate({ actor, tx });
  });
}
