"use server";
// Server actions of the to-dos page: confirm the contract, finish the appointment, invite and revoke authorized persons.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { failure } from "../_lib/describe-error";
import { text } from "@/app/_components/form-data";
import type { FormState } from "../_lib/form-state";

async function done(message: string): Promise<FormState> {
  revalidatePath("/portal", "layout");
  return { status: "ok", message, fieldErrors: {}, values: {} };
}

export async function confirmContractAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { signedOn: text(formData, "signedOn") };
  try {
    await (await serverApi()).portal.todos.confirmContract({ clientId: text(formData, "clientId"), taskId: text(formData, "taskId"), signedOn: values.signedOn });
  } catch (error) {
    return failure(error, values);
  }
  return done((await getTranslations("portal.todos.contract"))("saved"));
}

export async function completeAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await (await serverApi()).portal.todos.completeAppointment({ clientId: text(formData, "clientId"), taskId: text(formData, "taskId") });
  } catch (error) {
    return failure(error);
  }
  return done((await getTranslations("portal.todos.appointment"))("saved"));
}

export async function invitePersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { fullName: text(formData, "fullName"), position: text(formData, "position"), email: text(formData, "email") };
  try {
    const invited = await (await serverApi()).portal.persons.invite({
      clientId: text(formData, "clientId"),
      ...values,
      canViewCredentials: formData.get("canViewCredentials") === "on",
      canManagePersons: formData.get("canManagePersons") === "on",
    });
    return done((await getTranslations("portal.persons"))("invited", { email: invited.email }));
  } catch (error) {
    return failure(error, values);
  }
}

export async function revokePersonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await (await serverApi()).portal.persons.revoke({ clientId: text(formData, "clientId"), personId: text(formData, "personId") });
  } catch (error) {
    return failure(error);
  }
  return done((await getTranslations("portal.persons"))("revoked"));
}
