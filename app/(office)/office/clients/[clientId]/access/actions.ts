"use server";
// Server actions of the client card's cloud access: save, remove and reveal through the office.cloudAccess procedures.
import { revalidatePath } from "next/cache";
import { serverApi } from "@/server/trpc/server";
import { failure, messageOf } from "./describe-error";
import type { AccessFormState, RevealResult } from "./form-state";
import { text } from "@/app/_components/form-data";

/** Creates an access, or updates it when the form carries an accessId; the password is never sent back. */
export async function saveAccessAction(_previous: AccessFormState, formData: FormData): Promise<AccessFormState> {
  const clientId = text(formData, "clientId");
  const accessId = text(formData, "accessId");
  const fields = { application: text(formData, "application"), url: text(formData, "url"), login: text(formData, "login"), personId: text(formData, "personId") || null };
  const values = { ...fields, personId: fields.personId ?? "" };
  const password = text(formData, "password");
  try {
    const api = (await serverApi()).office.cloudAccess;
    if (accessId) await api.update({ accessId, updatedAt: new Date(text(formData, "updatedAt")), ...fields, password });
    else await api.create({ clientId, ...fields, password });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/office/clients/${clientId}`);
  return { status: "ok", message: null, fieldErrors: {}, values: accessId ? values : {} };
}

export async function removeAccessAction(_previous: AccessFormState, formData: FormData): Promise<AccessFormState> {
  const clientId = text(formData, "clientId");
  try {
    await (await serverApi()).office.cloudAccess.remove({ accessId: text(formData, "accessId"), updatedAt: new Date(text(formData, "updatedAt")) });
  } catch (error) {
    return failure(error, {});
  }
  revalidatePath(`/office/clients/${clientId}`);
  return { status: "ok", message: null, fieldErrors: {}, values: {} };
}

/** Reveals one password (the server logs who revealed which access). */
export async function revealAccessAction(clientId: string, accessId: string): Promise<RevealResult> {
  try {
    const { password } = await (await serverApi()).office.cloudAccess.reveal({ accessId });
    revalidatePath(`/office/clients/${clientId}`);
    return { ok: true, password };
  } catch (error) {
    return { ok: false, message: await messageOf(error) };
  }
}
