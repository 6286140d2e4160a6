// Office procedures of the firm's program templates.
import { router } from "@/server/trpc/init";

export const officeProgramTemplatesRouter = router({});
