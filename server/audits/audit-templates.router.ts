// Office procedures of the firm's express-audit template.
import { router } from "@/server/trpc/init";

export const officeAuditTemplatesRouter = router({});
