// Inviting an authorized person of a client, from the office (staff) or the portal (a person with persons.manage):
// reuses the user of that e-mail (one person, several clients), refuses duplicates and staff e-mails, sends the invitation.
import { db } from "@/server/db";
import type { z } from "zod";
import type { Actor, StaffActor } from "@/server/auth/actor";
import { requireId, staffClientScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { enqueueEmail } from "@/server/mail/outbox";
import { deliverSoon } from "@/server/mail/send";
import { portalUrl } from "@/server/notifications/notify";
import { toEmailLocale } from "@/emails/render";
import { inviteInput, type InviteInput } from "@/server/portal/portal.schema";

const emailError = (key: string) => new AppError("BAD_REQUEST", "errors.invalidInput", { message: "cannot invite this address", fieldErrors: { email: [key] } });

/** The caller has already checked that the actor may manage the persons of `input.clientId`. */
export async function inviteAuthorizedPerson(actor: Actor, input: InviteInput) {
  const clientId = requireId(input.clientId, "clientId");
  const person = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, locale: true, staffMember: { select: { id: true } }, authorizedPersons: { where: { clientId: clientId }, select: { id: true, invitationState: true } } },
    });
    if (user?.staffMember) throw emailError("portal.errors.emailIsStaff");
    const existing = user?.authorizedPersons[0];
    if (existing && existing.invitationState !== "REVOKED") throw emailError("portal.errors.personExists");
    const userId = user?.id ?? (await tx.user.create({ data: { email: input.email, name: input.fullName }, select: { id: true } })).id;
    const fields = {
      fullName: input.fullName,
      position: input.position || null,
      email: input.email,
      canViewCredentials: input.canViewCredentials,
      canManagePersons: input.canManagePersons,
      invitationState: "INVITED" as const,
      invitedAt: new Date(),
      acceptedAt: null,
      revokedAt: null,
    };
    const saved = existing
      ? await tx.authorizedPerson.update({ where: { id: existing.id }, data: fields })
      : await tx.authorizedPerson.create({ data: { ...fields, clientId: clientId, userId } });
    const client = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { name: true, firmId: true, firm: { select: { name: true } } } });
    await logActivity(tx, actor, {
      firmId: client.firmId,
      clientId: clientId,
      action: "person.invited",
      subjectType: "AuthorizedPerson",
      subjectId: saved.id,
      data: { fullName: saved.fullName, email: saved.email, canViewCredentials: saved.canViewCredentials, canManagePersons: saved.canManagePersons },
    });
    await enqueueEmail(
      {
        to: saved.email,
        template: "invitation",
        locale: toEmailLocale(user?.locale),
        firmId: client.firmId,
        data: { personName: saved.fullName, clientName: client.name, firmName: client.firm.name, signInUrl: portalUrl("/sign-in?tab=portal") },
      },
      tx,
    );
    return saved;
  });
  void deliverSoon();
  return { id: person.id, fullName: person.fullName, email: person.email, invitationState: person.invitationState };
}

/** Staff appoint a client's first (or another) authorized person from the client card. */
export async function invitePersonAsStaff({ actor }: { actor: StaffActor }, raw: z.input<typeof inviteInput>) {
  const input = inviteInput.parse(raw);
  const client = await db.client.findFirst({ where: { AND: [staffClientScope(actor), { id: input.clientId }] }, select: { id: true } });
  if (!client) throw notFound("client");
  return inviteAuthorizedPerson(actor, input);
}
