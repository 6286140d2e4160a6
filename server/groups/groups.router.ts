// Office procedures of working groups: read, manage (ADMIN), and suggest/assign a group to a transition program.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { assignInput, compositionInput, createGroupInput, groupIdInput, groupListInput, memberInput, removeMemberInput, suggestInput, updateGroupInput } from "./groups.schema";
import { addMember, createGroup, getGroup, listGroups, removeMember, setComposition, updateGroup } from "./groups.service";
import { assignToProgram, suggestForProgram } from "./assignment.service";

export const officeGroupsRouter = router({
  list: staffProcedure("groups.read").input(groupListInput).query(({ ctx, input }) => listGroups({ actor: ctx.actor }, input)),
  get: staffProcedure("groups.read").input(groupIdInput).query(({ ctx, input }) => getGroup({ actor: ctx.actor }, input.groupId)),
  create: staffProcedure("groups.manage").input(createGroupInput).mutation(({ ctx, input }) => createGroup({ actor: ctx.actor }, input)),
  update: staffProcedure("groups.manage").input(updateGroupInput).mutation(({ ctx, input }) => updateGroup({ actor: ctx.actor }, input)),
  addMember: staffProcedure("groups.manage").input(memberInput).mutation(({ ctx, input }) => addMember({ actor: ctx.actor }, input)),
  removeMember: staffProcedure("groups.manage").input(removeMemberInput).mutation(({ ctx, input }) => removeMember({ actor: ctx.actor }, input)),
  setComposition: staffProcedure("groups.manage").input(compositionInput).mutation(({ ctx, input }) => setComposition({ actor: ctx.actor }, input)),
  suggestForProgram: staffProcedure("programs.read").input(suggestInput).query(({ ctx, input }) => suggestForProgram({ actor: ctx.actor }, input)),
  assignToProgram: staffProcedure("programs.manage").input(assignInput).mutation(({ ctx, input }) => assignToProgram({ actor: ctx.actor }, input)),
});
