// The tRPC HTTP endpoint.
import { createContext } from "@/server/trpc/context";
import { trpcHttpHandler } from "@/server/trpc/http";

function handler(req: Request) {
  return trpcHttpHandler(req, () => createContext({ headers: req.headers }));
}

export { handler as GET, handler as POST };
