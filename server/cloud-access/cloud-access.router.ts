// Office procedures of clients' cloud access.
import { router } from "@/server/trpc/init";

export const officeCloudAccessRouter = router({});
