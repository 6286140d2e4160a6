"use server";
// Server action of the client card: staff appoint an authorized person of the client (they get an invitation e-mail).
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import { translateFailure } from "@/app/_components/translate-error";

export type AddPersonState = { ok: boolean; message: string | null; fieldErrors: Record<string, string>; values: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function addPersonAction(_previous: AddPersonState, formData: FormData): Promise<AddPersonState> {
  const values = { clientId: text(formData, "clientId"), fullName: text(formData, "fullName"), position: text(formData, "position"), email: text(formData, "email") };
  try {
    await (await serverApi()).office.clients.invitePerson({
      ...values,
      canViewCredentials: formData.get("canViewCredentials") === "on",
      canManagePersons: formData.get("canManagePersons") === "on",
    });
  } catch (error) {
    const failure = await translateFailure(error);
    return { ok: false, ...failure, values };
  }
  revalidatePath(`/office/clients/${values.clientId}`);
  return { ok: true, message: null, fieldErrors: {}, values: { clientId: values.clientId } };
}
