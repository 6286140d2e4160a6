"use server";
// Accepting a staff invitation: sets the password once, then sends the new member to sign in.
import { redirect } from "next/navigation";
import { acceptInvitation } from "@/server/staff/invitations.service";
import { failure } from "@/app/(office)/office/groups/_lib/form-errors";
import { textValues } from "@/app/_components/form-data";
import type { FormState } from "@/app/(office)/office/groups/_lib/form-state";

export async function acceptInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { token = "", password = "", confirm = "" } = textValues(formData, ["token", "password", "confirm"]);
  try {
    await acceptInvitation({ token, password, confirm });
  } catch (error) {
    return failure(error);
  }
  redirect("/sign-in");
}
