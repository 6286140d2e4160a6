// tRPC initialisation: superjson, AppError -> tRPC codes, zod errors flattened into field errors.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { AppError } from "@/server/errors";
import type { Context } from "./context";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zodError = cause instanceof ZodError ? z.flattenError(cause) : null;
    const appError = cause instanceof AppError ? cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "Internal server error" : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        messageKey: appError?.messageKey ?? (zodError ? "errors.invalidInput" : internal ? "errors.internal" : null),
        fieldErrors: zodError?.fieldErrors ?? appError?.fieldErrors ?? null,
        formErrors: zodError?.formErrors ?? null,
        details: appError?.details ?? null,
      },
    };
  },
});

/**
 * Whether the database refused a value the caller sent (not our bug, the input's): Prisma's "value out of range"
 * (P2020), or PostgreSQL's data exceptions (SQLSTATE class 22: a NUL byte in text, a date or number out of range).
 */
function isRejectedValue(cause: unknown): boolean {
  const error = cause as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } } | undefined;
  if (error?.code === "P2020") return true;
  const sqlState = error?.meta?.driverAdapterError?.cause?.originalCode ?? error?.meta?.driverAdapterError?.cause?.code;
  return typeof sqlState === "string" && sqlState.startsWith("22");
}

/** Known failures thrown by services become tRPC errors with the matching code (and HTTP status). */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
    const prismaCode = (cause as { code?: unknown } | undefined)?.code;
    if (prismaCode === "P2025") throw new TRPCError({ code: "NOT_FOUND", message: "Not found", cause: new AppError("NOT_FOUND", "errors.notFound") });
    if (prismaCode === "P2002") throw new TRPCError({ code: "CONFLICT", message: "Already exists", cause: new AppError("CONFLICT", "errors.conflict") });
    if (isRejectedValue(cause)) throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid input", cause: new AppError("BAD_REQUEST", "errors.invalidInput") });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(appErrors);
export const middleware = t.middleware;
