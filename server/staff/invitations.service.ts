// Staff invitations: ADMIN invites by e-mail (only the token's sha256 is stored); the invitee sets a password once.
import { createHash, randomBytes } from "node:crypto";
import { addDays } from "date-fns";
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import type { StaffRole } from "@/server/generated/prisma/enums";
import type { StaffActor } from "@/server/auth/actor";
import { hashPassword } from "@/server/auth/password";
import { staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { enqueueEmail } from "@/server/mail/outbox";
import { deliverSoon } from "@/server/mail/send";
import { toEmailLocale } from "@/emails/render";
import { acceptInvitationInput, INVITATION_TOKEN_PATTERN, inviteInput } from "./staff.schema";

export const INVITATION_DAYS = 7;

type Opts = { actor: StaffActor };

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function acceptUrl(token: string): string {
  return `${(process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "")}/invite/${token}`;
}

/** Creates a fresh invitation (older unused ones stop working) and enqueues its e-mail in the caller's transaction. */
async function issueInvitation(tx: Tx, staff: { id: string; role: StaffRole; firm: { name: string }; user: { name: string | null; email: string; locale: string } }) {
  await tx.staffInvitation.updateMany({ where: { staffId: staff.id, usedAt: null }, data: { expiresAt: new Date() } });
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.staffInvitation.create({ data: { staffId: staff.id, tokenHash: hashInvitationToken(token), expiresAt: addDays(new Date(), INVITATION_DAYS) } });
  await enqueueEmail(
    {
      to: staff.user.email,
      template: "staff-invitation",
      locale: toEmailLocale(staff.user.locale),
      data: { personName: staff.user.name ?? staff.user.email, firmName: staff.firm.name, role: staff.role, acceptUrl: acceptUrl(token), expiresInDays: INVITATION_DAYS },
    },
    tx,
  );
  return invitation;
}

const invitedSelect = { id: true, role: true, firm: { select: { name: true } }, user: { select: { name: true, email: true, locale: true } } } as const;

/** A new staff member without a password (invitedAt set) and the e-mail with their link; a known e-mail is a field error. */
export async function inviteStaff({ actor }: Opts, raw: z.input<typeof inviteInput>) {
  const input = inviteInput.parse(raw);
  const result = await db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "staffAdmin.errors.emailTaken", { fieldErrors: { email: ["staffAdmin.errors.emailTaken"] } });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, locale: input.locale } });
    const staff = await tx.staffMember.create({ data: { firmId: actor.firmId, userId: user.id, role: input.role, invitedAt: new Date() }, select: invitedSelect });
    const invitation = await issueInvitation(tx, staff);
    await logActivity(tx, actor, { firmId: actor.firmId, action: "staff.invited", subjectType: "StaffMember", subjectId: staff.id, data: { email: input.email, role: input.role, expiresAt: invitation.expiresAt.toISOString() } });
    return { staffId: staff.id };
  });
  void deliverSoon();
  return result;
}

/** A new link for someone who has not set a password yet. */
export async function resendInvitation({ actor }: Opts, staffId: string) {
  const result = await db.$transaction(async (tx) => {
    const staff = await tx.staffMember.findFirst({ where: { id: staffId, ...staffFirmScope(actor) }, select: { ...invitedSelect, active: true, passwordHash: true } });
    if (!staff) throw notFound("staff");
    if (staff.passwordHash || !staff.active) throw new AppError("PRECONDITION_FAILED", "staffAdmin.errors.notPending");
    const invitation = await issueInvitation(tx, staff);
    await logActivity(tx, actor, { firmId: actor.firmId, action: "staff.invitationResent", subjectType: "StaffMember", subjectId: staff.id, data: { expiresAt: invitation.expiresAt.toISOString() } });
    return { staffId: staff.id };
  });
  void deliverSoon();
  return result;
}

export type InvitationState = "valid" | "expired" | "used" | "invalid";

/** What the invite page shows for a token: never whether an unknown token exists elsewhere. */
export async function invitationByToken(token: string, tx: Tx = db) {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return { state: "invalid" as InvitationState, name: null, email: null, firmName: null };
  const invitation = await tx.staffInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { usedAt: true, expiresAt: true, staff: { select: { active: true, firm: { select: { name: true } }, user: { select: { name: true, email: true } } } } },
  });
  if (!invitation || !invitation.staff.active) return { state: "invalid" as InvitationState, name: null, email: null, firmName: null };
  const state: InvitationState = invitation.usedAt ? "used" : invitation.expiresAt <= new Date() ? "expired" : "valid";
  return { state, name: invitation.staff.user.name, email: invitation.staff.user.email, firmName: invitation.staff.firm.name };
}

/** Sets the password and uses the invitation up, atomically: a second use, an expired or revoked link is refused. */
export async function acceptInvitation(raw: z.input<typeof acceptInvitationInput>) {
  const input = acceptInvitationInput.parse(raw);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const current = await invitationByToken(input.token, tx);
    if (current.state !== "valid") throw new AppError("PRECONDITION_FAILED", `staffAdmin.invite.errors.${current.state}`);
    const tokenHash = hashInvitationToken(input.token);
    const { count } = await tx.staffInvitation.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } });
    if (count === 0) throw new AppError("PRECONDITION_FAILED", "staffAdmin.invite.errors.used");
    const invitation = await tx.staffInvitation.findUniqueOrThrow({ where: { tokenHash }, select: { staff: { select: { id: true, firmId: true, userId: true } } } });
    await tx.staffMember.update({ where: { id: invitation.staff.id }, data: { passwordHash } });
    await tx.user.update({ where: { id: invitation.staff.userId }, data: { emailVerified: new Date() } });
    await logActivity(tx, null, { firmId: invitation.staff.firmId, action: "staff.invitationAccepted", subjectType: "StaffMember", subjectId: invitation.staff.id });
    return { email: current.email };
  });
}
