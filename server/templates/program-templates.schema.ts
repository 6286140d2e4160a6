// Inputs of the program-template procedures: the firm's default template with its ordered tasks.
import { z } from "zod";
import { TaskRole } from "@/server/generated/prisma/enums";

export const MAX_DAY_OFFSET = 90;
export const MAX_TEMPLATE_TASKS = 50;

const templateTask = z.object({
  id: z.string().min(1).max(64).optional(),
  title: z.string().trim().min(1, "titleRequired").max(200, "titleTooLong"),
  description: z.string().trim().max(2000, "descriptionTooLong").optional(),
  responsibleRole: z.enum(TaskRole, "roleRequired"),
  dayOffset: z.number("dayOffsetInvalid").int("dayOffsetInvalid").min(0, "dayOffsetInvalid").max(MAX_DAY_OFFSET, "dayOffsetInvalid"),
});

/** The tasks in the order given are the template's order; `expectedUpdatedAt` is the optimistic lock. */
export const updateTemplateInput = z.object({
  expectedUpdatedAt: z.coerce.date(),
  name: z.string().trim().min(1, "nameRequired").max(200, "nameTooLong"),
  windowDays: z.number("windowDaysInvalid").int("windowDaysInvalid").min(1, "windowDaysInvalid").max(MAX_DAY_OFFSET, "windowDaysInvalid"),
  tasks: z.array(templateTask).min(1, "tasksRequired").max(MAX_TEMPLATE_TASKS, "tooManyTasks"),
});

export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;

/** Zod issues as field errors keyed by their dotted path ("tasks.2.title"), so a form can point at the field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}
