"use server";
// Server actions of the staff pages (ADMIN): invite, resend, change role, hand over, deactivate and reactivate.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { StaffRole } from "@/server/generated/prisma/enums";
import { failure, success } from "../groups/_lib/form-errors";
import { textValues } from "@/app/_components/form-data";
import type { FormState } from "../groups/_lib/form-state";

const STAFF_PATH = "/office/staff";

const roleOf = (value: string) => Object.values(StaffRole).find((role) => role === value);
const localeOf = (value: string) => (value === "en" ? "en" : "ru");

async function roleMissing(values: Record<string, string>): Promise<FormState> {
  return { status: "error", message: null, fieldErrors: { role: (await getTranslations("staffAdmin.errors"))("roleRequired") }, values };
}

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["name", "email", "role", "locale"]);
  const role = roleOf(values.role ?? "");
  if (!role) return roleMissing(values);
  try {
    await (await serverApi()).office.staff.invite({ name: values.name ?? "", email: values.email ?? "", role, locale: localeOf(values.locale ?? "") });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(STAFF_PATH);
  return success((await getTranslations("staffAdmin.inviteForm"))("sent", { email: values.email?.trim() ?? "" }));
}

export async function resendAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { staffId = "" } = textValues(formData, ["staffId"]);
  try {
    await (await serverApi()).office.staff.resendInvitation({ staffId });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(STAFF_PATH, "layout");
  return success((await getTranslations("staffAdmin.card"))("resent"));
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["staffId", "role"]);
  const role = roleOf(values.role ?? "");
  if (!role) return roleMissing(values);
  try {
    await (await serverApi()).office.staff.changeRole({ staffId: values.staffId ?? "", role });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(STAFF_PATH, "layout");
  return success((await getTranslations("staffAdmin.card"))("roleSaved"));
}

export async function handOverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["staffId", "toStaffId"]);
  try {
    const { moved } = await (await serverApi()).office.staff.handOver({ staffId: values.staffId ?? "", toStaffId: values.toStaffId ?? "" });
    revalidatePath(STAFF_PATH, "layout");
    return success((await getTranslations("staffAdmin.card"))("handedOver", moved));
  } catch (error) {
    return failure(error, values);
  }
}

export async function deactivateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { staffId = "" } = textValues(formData, ["staffId"]);
  try {
    await (await serverApi()).office.staff.deactivate({ staffId });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(STAFF_PATH, "layout");
  return success((await getTranslations("staffAdmin.card"))("deactivated"));
}

export async function reactivateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { staffId = "" } = textValues(formData, ["staffId"]);
  try {
    await (await serverApi()).office.staff.reactivate({ staffId });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(STAFF_PATH, "layout");
  return success((await getTranslations("staffAdmin.card"))("reactivated"));
}
