// Office staff procedures.
import { router } from "@/server/trpc/init";
import { staffProcedure } from "@/server/trpc/procedures";
import { listStaff } from "./staff.service";

export const officeStaffRouter = router({
  list: staffProcedure("staff.read").query(({ ctx }) => listStaff({ actor: ctx.actor })),
});
