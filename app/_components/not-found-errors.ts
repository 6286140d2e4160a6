// Turns "not found" from the server (tRPC caller or a service) into Next's 404 page; other errors propagate.
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { AppError } from "@/server/errors";

/** Awaits `promise`; NOT_FOUND (and an id the input schema rejects, BAD_REQUEST) renders the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const code = error instanceof TRPCError || error instanceof AppError ? error.code : null;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}
