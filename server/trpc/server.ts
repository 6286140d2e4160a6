// tRPC caller for React Server Components: same procedures, same guards, no HTTP hop.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { createContext } from "./context";
import { createCaller } from "./root";

export const serverApi = cache(async () => createCaller(await createContext({ headers: await headers() })));
