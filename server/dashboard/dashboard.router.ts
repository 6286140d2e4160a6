// Office dashboard procedures.
import { router } from "@/server/trpc/init";

export const officeDashboardRouter = router({});
