// The client's authorized persons as seen in the portal: list, invite (with an e-mail), revoke (never yourself or the last).
import type { z } from "zod";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { inviteAuthorizedPerson } from "@/server/clients/authorized-persons.service";
import type { PortalCtx } from "./context";
import { inviteInput, personInput } from "./portal.schema";

export async function listPersons({ membership, tx = db }: PortalCtx) {
  const persons = await tx.authorizedPerson.findMany({
    where: { clientId: membership.clientId, invitationState: { not: "REVOKED" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, fullName: true, position: true, email: true, canViewCredentials: true, canManagePersons: true, invitationState: true, invitedAt: true, acceptedAt: true },
  });
  return persons.map((person) => ({ ...person, isMe: person.id === membership.personId }));
}

/** A person with `persons.manage` invites a colleague of their own client. */
export function invitePerson({ actor, membership }: PortalCtx, raw: z.input<typeof inviteInput>) {
  return inviteAuthorizedPerson(actor, { ...inviteInput.parse(raw), clientId: membership.clientId });
}

export async function revokePerson({ actor, membership }: PortalCtx, raw: z.input<typeof personInput>) {
  const input = personInput.parse(raw);
  if (input.personId === membership.personId) throw new AppError("PRECONDITION_FAILED", "portal.errors.cannotRevokeSelf", { message: "cannot revoke yourself" });
  return db.$transaction(async (tx) => {
    // Serializes revocations of one client, so two persons revoking each other cannot leave nobody.
    await tx.$queryRaw`SELECT id FROM "AuthorizedPerson" WHERE "clientId" = ${membership.clientId} FOR UPDATE`;
    const target = await tx.authorizedPerson.findFirst({ where: { id: input.personId, clientId: membership.clientId, invitationState: { not: "REVOKED" } } });
    if (!target) throw notFound("person");
    const remaining = await tx.authorizedPerson.count({ where: { clientId: membership.clientId, id: { not: target.id }, invitationState: "ACTIVE" } });
    if (remaining === 0) throw new AppError("PRECONDITION_FAILED", "portal.errors.lastPerson", { message: "the last active person cannot be revoked" });
    await tx.authorizedPerson.update({ where: { id: target.id }, data: { invitationState: "REVOKED", revokedAt: new Date() } });
    await logActivity(tx, actor, {
      firmId: membership.firmId,
      clientId: membership.clientId,
      action: "person.revoked",
      subjectType: "AuthorizedPerson",
      subjectId: target.id,
      data: { fullName: target.fullName, email: target.email },
    });
    return { id: target.id, invitationState: "REVOKED" as const };
  });
}
