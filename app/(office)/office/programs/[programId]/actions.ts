"use server";
// Server actions of the program page: each calls the tRPC caller (same guards) with the program's version.
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import { failure, translateKey } from "../_lib/describe-error";
import { text } from "@/app/_components/form-data";
import type { FormState } from "../_lib/form-state";
import { dateFromInput } from "../_lib/dates";

const ok = (values: Record<string, string> = {}): FormState => ({ status: "ok", message: null, fieldErrors: {}, values });

function refresh(programId: string) {
  revalidatePath(`/office/programs/${programId}`);
}

async function invalidDate(field: string, values: Record<string, string>): Promise<FormState> {
  return { status: "error", message: await translateKey("errors.invalidInput"), fieldErrors: { [field]: await translateKey("dateInvalid") }, values };
}

export async function approveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { approvedFrom: text(formData, "approvedFrom"), windowDays: text(formData, "windowDays") };
  const programId = text(formData, "programId");
  const approvedFrom = dateFromInput(values.approvedFrom);
  if (!approvedFrom) return invalidDate("approvedFrom", values);
  try {
    await (await serverApi()).office.programs.approve({ programId, version: Number(text(formData, "version")), approvedFrom, windowDays: Number(values.windowDays) });
  } catch (error) {
    return failure(error, values);
  }
  refresh(programId);
  return ok();
}

export async function windowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { windowStart: text(formData, "windowStart"), windowEnd: text(formData, "windowEnd") };
  const programId = text(formData, "programId");
  const windowStart = dateFromInput(values.windowStart);
  const windowEnd = dateFromInput(values.windowEnd);
  if (!windowStart) return invalidDate("windowStart", values);
  if (!windowEnd) return invalidDate("windowEnd", values);
  try {
    await (await serverApi()).office.programs.setWindow({ programId, version: Number(text(formData, "version")), windowStart, windowEnd });
  } catch (error) {
    return failure(error, values);
  }
  refresh(programId);
  return ok(values);
}

export async function refuseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: text(formData, "reason") };
  const programId = text(formData, "programId");
  const input = { programId, version: Number(text(formData, "version")), reason: values.reason };
  try {
    const api = (await serverApi()).office.programs;
    await (text(formData, "by") === "client" ? api.refuseByClient(input) : api.refuseByOutsourcer(input));
  } catch (error) {
    return failure(error, values);
  }
  refresh(programId);
  return ok();
}

export async function assignGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { groupId: text(formData, "groupId"), overrideReason: text(formData, "overrideReason") };
  const programId = text(formData, "programId");
  try {
    await (await serverApi()).office.groups.assignToProgram({
      programId,
      version: Number(text(formData, "version")),
      groupId: values.groupId,
      overrideReason: values.overrideReason.trim() || undefined,
    });
  } catch (error) {
    return failure(error, values);
  }
  refresh(programId);
  return ok();
}
