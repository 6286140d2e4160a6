// Office procedures of the activity log.
import { router } from "@/server/trpc/init";

export const officeActivityRouter = router({});
