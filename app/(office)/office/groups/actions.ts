"use server";
// Server actions of the working-group pages: create, rename and capacity, members, and the firm's standard composition.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { GroupRole } from "@/server/generated/prisma/enums";
import { failure, success } from "./_lib/form-errors";
import { textValues } from "@/app/_components/form-data";
import type { FormState } from "./_lib/form-state";

const GROUPS_PATH = "/office/groups";

/** An empty number field stays missing (a clear "invalid" error) instead of becoming 0. */
const numberOrMissing = (value: string) => (value.trim() === "" ? undefined : value.trim());

function groupRoleOf(value: string): GroupRole | undefined {
  return Object.values(GroupRole).find((role) => role === value);
}

export async function createGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["name", "capacity"]);
  try {
    await (await serverApi()).office.groups.create({ name: values.name ?? "", capacity: numberOrMissing(values.capacity ?? "") });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(GROUPS_PATH);
  return success((await getTranslations("groups.detail"))("saved"));
}

export async function updateGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["groupId", "name", "capacity"]);
  try {
    await (await serverApi()).office.groups.update({ groupId: values.groupId ?? "", name: values.name, capacity: numberOrMissing(values.capacity ?? "") });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(GROUPS_PATH, "layout");
  return success((await getTranslations("groups.detail"))("saved"));
}

export async function addMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["groupId", "staffId", "groupRole"]);
  const groupRole = groupRoleOf(values.groupRole ?? "");
  if (!groupRole) return { status: "error", message: null, fieldErrors: { groupRole: (await getTranslations("groups.errors"))("roleMismatch") }, values };
  try {
    await (await serverApi()).office.groups.addMember({ groupId: values.groupId ?? "", staffId: values.staffId ?? "", groupRole });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(GROUPS_PATH, "layout");
  return success((await getTranslations("groups.detail"))("saved"));
}

export async function removeMemberAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["groupId", "staffId"]);
  try {
    await (await serverApi()).office.groups.removeMember({ groupId: values.groupId ?? "", staffId: values.staffId ?? "" });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(GROUPS_PATH, "layout");
  return success((await getTranslations("groups.detail"))("saved"));
}

export async function setCompositionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"]);
  try {
    await (await serverApi()).office.groups.setComposition({
      CHIEF_ACCOUNTANT: numberOrMissing(values.CHIEF_ACCOUNTANT ?? ""),
      ACCOUNTANT: numberOrMissing(values.ACCOUNTANT ?? ""),
      OPERATOR: numberOrMissing(values.OPERATOR ?? ""),
    });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(GROUPS_PATH, "layout");
  return success((await getTranslations("groups.composition"))("saved"));
}
