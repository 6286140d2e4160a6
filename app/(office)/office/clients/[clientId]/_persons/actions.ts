"use server";
// Server action of the client card: staff appoint an authorized person of the client (they get an invitation e-mail).
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import { CORE_CODE_KEYS } from "@/app/_components/failure-parts";
import { translateFailure, type MessageArea } from "@/app/_components/failure-message";
import { text } from "@/app/_components/form-data";

export type AddPersonState = { ok: boolean; message: string | null; fieldErrors: Record<string, string>; values: Record<string, string> };

/** The server names the field's problem with a portal.errors.* key (the same words the portal uses). */
const INVITE_PERSON: MessageArea = {
  namespaces: ["portal.errors", "errors"],
  fallback: "errors.invalidInput",
  codeKeys: CORE_CODE_KEYS,
  zod: () => ({ messageKey: "errors.invalidInput", fieldErrors: {} }),
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
    const { message, fieldErrors } = await translateFailure(error, INVITE_PERSON);
    return { ok: false, message, fieldErrors, values };
  }
  revalidatePath(`/office/clients/${values.clientId}`);
  return { ok: true, message: null, fieldErrors: {}, values: { clientId: values.clientId } };
}
