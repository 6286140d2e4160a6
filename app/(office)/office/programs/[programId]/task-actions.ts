"use server";
// Server actions of a program's tasks: change the status (BLOCKED needs a reason) and add a comment.
import { revalidatePath } from "next/cache";
import { TaskStatus } from "@/server/generated/prisma/enums";
import { serverApi } from "@/server/trpc/server";
import { failure } from "../_lib/describe-error";
import { text } from "@/app/_components/form-data";
import type { FormState } from "../_lib/form-state";

const statuses = Object.values(TaskStatus);
const isStatus = (value: string): value is TaskStatus => (statuses as string[]).includes(value);

export async function taskStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { status: text(formData, "status"), blockedReason: text(formData, "blockedReason") };
  const status = isStatus(values.status) ? values.status : "TODO";
  try {
    await (await serverApi()).office.programs.tasks.setStatus({
      taskId: text(formData, "taskId"),
      status,
      blockedReason: status === "BLOCKED" ? values.blockedReason : undefined,
    });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/office/programs/${text(formData, "programId")}`);
  return { status: "ok", message: null, fieldErrors: {}, values: {} };
}

export async function taskCommentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { body: text(formData, "body") };
  try {
    await (await serverApi()).office.programs.tasks.comment({ taskId: text(formData, "taskId"), body: values.body });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/office/programs/${text(formData, "programId")}`);
  return { status: "ok", message: null, fieldErrors: {}, values: {} };
}
