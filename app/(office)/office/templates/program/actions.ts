"use server";
// Saves the firm's program template (ADMIN): the editor posts the whole template; errors come back by field path.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverApi } from "@/server/trpc/server";
import { updateTemplateInput } from "@/server/templates/program-templates.schema";
import { failure } from "../../programs/_lib/describe-error";
import { text } from "@/app/_components/form-data";
import type { FormState } from "../../programs/_lib/form-state";

function tasksOf(formData: FormData): unknown {
  try {
    return JSON.parse(text(formData, "tasks"));
  } catch {
    return null;
  }
}

export async function saveTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { updatedAt: text(formData, "updatedAt") };
  const parsed = updateTemplateInput.safeParse({
    expectedUpdatedAt: values.updatedAt,
    name: text(formData, "name"),
    windowDays: Number(text(formData, "windowDays")),
    tasks: tasksOf(formData),
  });
  try {
    if (!parsed.success) throw parsed.error;
    await (await serverApi()).office.programTemplates.update(parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath("/office/templates/program");
  redirect(`/office/templates/program?saved=${Date.now()}`);
}
