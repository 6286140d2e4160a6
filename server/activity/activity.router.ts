// Office procedures of the activity log: a client's history for its card.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { activityPageInput, clientActivityPage } from "./activity.service";

export const officeActivityRouter = router({
  forClient: staffProcedure("activity.read")
    .input(activityPageInput)
    .query(({ ctx, input }) => clientActivityPage({ actor: ctx.actor }, input)),
});
