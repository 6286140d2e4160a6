// Office procedures of express audits.
import { router } from "@/server/trpc/init";

export const officeAuditsRouter = router({});
