// Inputs of the working-group procedures; messages are next-intl keys the forms show.
import { z } from "zod";
import { GroupRole } from "@/server/generated/prisma/enums";

const id = z.string().min(1).max(64);
const name = z.string().trim().min(2, "groups.errors.nameRequired").max(120, "groups.errors.nameTooLong");
const capacity = z.coerce.number({ error: "groups.errors.capacityInvalid" }).int("groups.errors.capacityInvalid").min(0, "groups.errors.capacityInvalid").max(10_000, "groups.errors.capacityInvalid");
const headCount = z.coerce.number({ error: "groups.errors.countInvalid" }).int("groups.errors.countInvalid").min(0, "groups.errors.countInvalid").max(50, "groups.errors.countInvalid");

export const groupIdInput = z.object({ groupId: id });
/** Groups on one page of the directory. */
export const GROUPS_PAGE_SIZE = 20;
/** The groups page: a part of the name, and the page after `cursor` (a group's id). */
export const groupListInput = z
  .object({ search: z.string().trim().max(200).optional(), cursor: id.optional(), limit: z.number().int().min(1).max(50).default(GROUPS_PAGE_SIZE) })
  .prefault({});
export type GroupListInput = z.input<typeof groupListInput>;
export const createGroupInput = z.object({ name, capacity });
export const updateGroupInput = z.object({ groupId: id, name: name.optional(), capacity: capacity.optional() });
export const memberInput = z.object({ groupId: id, staffId: id, groupRole: z.enum(GroupRole) });
export const removeMemberInput = z.object({ groupId: id, staffId: id });
export const compositionInput = z.object({ CHIEF_ACCOUNTANT: headCount, ACCOUNTANT: headCount, OPERATOR: headCount });

/** `search`: a part of a group's name, for firms with more groups than a list shows. */
export const suggestInput = z.object({ programId: id, search: z.string().trim().max(200).optional() });
export const assignInput = z.object({
  programId: id,
  version: z.number().int().min(1),
  groupId: id,
  overrideReason: z.string().trim().min(3, "groups.errors.reasonRequired").max(2000).optional(),
});
