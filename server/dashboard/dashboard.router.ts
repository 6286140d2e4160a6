// Office dashboard procedures: one summary of the actor's work.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { dashboardSummary } from "./dashboard.service";

export const officeDashboardRouter = router({
  summary: staffProcedure("dashboard.read").query(({ ctx }) => dashboardSummary({ actor: ctx.actor })),
});
