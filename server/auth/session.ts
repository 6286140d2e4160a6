// The current request's session, decoded once however many layouts, pages and the tRPC caller ask for it.
import "server-only";
import { cache } from "react";
import { auth } from "./config";

/** Auth.js `auth()` behind React's per-request cache (outside a render, e.g. in a route handler, it simply runs). */
export const currentSession = cache(async () => auth());
