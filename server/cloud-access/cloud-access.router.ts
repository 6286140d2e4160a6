// Office procedures of clients' cloud access: list (masked), create/update/remove, reveal (logged).
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { cloudAccessCreateInput, cloudAccessIdInput, cloudAccessListInput, cloudAccessRemoveInput, cloudAccessUpdateInput } from "./cloud-access.schema";
import { createCloudAccess, listCloudAccess, removeCloudAccess, revealCloudAccess, updateCloudAccess } from "./cloud-access.service";

export const officeCloudAccessRouter = router({
  list: staffProcedure("cloudAccess.read")
    .input(cloudAccessListInput)
    .query(({ ctx, input }) => listCloudAccess({ actor: ctx.actor }, input)),
  create: staffProcedure("cloudAccess.manage")
    .input(cloudAccessCreateInput)
    .mutation(({ ctx, input }) => createCloudAccess({ actor: ctx.actor }, input)),
  update: staffProcedure("cloudAccess.manage")
    .input(cloudAccessUpdateInput)
    .mutation(({ ctx, input }) => updateCloudAccess({ actor: ctx.actor }, input)),
  remove: staffProcedure("cloudAccess.manage")
    .input(cloudAccessRemoveInput)
    .mutation(({ ctx, input }) => removeCloudAccess({ actor: ctx.actor }, input)),
  reveal: staffProcedure("cloudAccess.reveal")
    .input(cloudAccessIdInput)
    .mutation(({ ctx, input }) => revealCloudAccess({ actor: ctx.actor }, input)),
});
