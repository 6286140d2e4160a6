// Inputs of the staff administration procedures and of accepting an invitation; messages are next-intl keys.
import { z } from "zod";
import { StaffRole } from "@/server/generated/prisma/enums";

const id = z.string().min(1).max(64);

export const staffIdInput = z.object({ staffId: id });

const search = z.string().trim().max(200).optional();

/** The staff directory: a part of the name or e-mail, a role, and the page after `cursor` (a member's id). */
export const staffListInput = z
  .object({ search, role: z.enum(StaffRole).optional(), cursor: id.optional(), limit: z.number().int().min(1).max(100).default(50) })
  .prefault({});
export type StaffListInput = z.input<typeof staffListInput>;

/** Active members to choose from in a form: a part of the name or e-mail, roles, and who is already out of the question. */
export const staffChoicesInput = z.object({
  search,
  roles: z.array(z.enum(StaffRole)).max(5).optional(),
  excludeStaffId: id.optional(),
  notInGroupId: id.optional(),
});
export type StaffChoicesInput = z.input<typeof staffChoicesInput>;

export const inviteInput = z.object({
  name: z.string().trim().min(2, "staffAdmin.errors.nameRequired").max(200, "staffAdmin.errors.nameTooLong"),
  email: z.string().trim().toLowerCase().pipe(z.email("staffAdmin.errors.emailInvalid").max(254, "staffAdmin.errors.emailInvalid")),
  role: z.enum(StaffRole, "staffAdmin.errors.roleRequired"),
  locale: z.enum(["ru", "en"]).default("ru"),
});

export const changeRoleInput = z.object({ staffId: id, role: z.enum(StaffRole, "staffAdmin.errors.roleRequired") });

export const handOverInput = z.object({ staffId: id, toStaffId: id });

export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

export const acceptInvitationInput = z
  .object({
    token: z.string().regex(INVITATION_TOKEN_PATTERN, "staffAdmin.invite.errors.invalid"),
    password: z.string().min(10, "staffAdmin.invite.errors.passwordTooShort").max(200, "staffAdmin.invite.errors.passwordTooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "staffAdmin.invite.errors.passwordMismatch" });
