// Office staff procedures: the directory and form choices for everyone; invitations, roles, (de)activation and hand-over for ADMIN.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { changeRoleInput, handOverInput, inviteInput, staffChoicesInput, staffIdInput, staffListInput } from "./staff.schema";
import { getStaff, listStaff, staffChoices } from "./staff.service";
import { inviteStaff, resendInvitation } from "./invitations.service";
import { changeRole, deactivateStaff, handOver, reactivateStaff } from "./staff-admin.service";

export const officeStaffRouter = router({
  list: staffProcedure("staff.read").input(staffListInput).query(({ ctx, input }) => listStaff({ actor: ctx.actor }, input)),
  choices: staffProcedure("staff.read").input(staffChoicesInput).query(({ ctx, input }) => staffChoices({ actor: ctx.actor }, input)),
  get: staffProcedure("staff.manage").input(staffIdInput).query(({ ctx, input }) => getStaff({ actor: ctx.actor }, input.staffId)),
  invite: staffProcedure("staff.manage").input(inviteInput).mutation(({ ctx, input }) => inviteStaff({ actor: ctx.actor }, input)),
  resendInvitation: staffProcedure("staff.manage").input(staffIdInput).mutation(({ ctx, input }) => resendInvitation({ actor: ctx.actor }, input.staffId)),
  changeRole: staffProcedure("staff.manage").input(changeRoleInput).mutation(({ ctx, input }) => changeRole({ actor: ctx.actor }, input)),
  deactivate: staffProcedure("staff.manage").input(staffIdInput).mutation(({ ctx, input }) => deactivateStaff({ actor: ctx.actor }, input.staffId)),
  reactivate: staffProcedure("staff.manage").input(staffIdInput).mutation(({ ctx, input }) => reactivateStaff({ actor: ctx.actor }, input.staffId)),
  handOver: staffProcedure("staff.manage").input(handOverInput).mutation(({ ctx, input }) => handOver({ actor: ctx.actor }, input)),
});
