// Office procedures of working groups.
import { router } from "@/server/trpc/init";

export const officeGroupsRouter = router({});
