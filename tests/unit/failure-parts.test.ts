// How a failed call is read before translation: the AppError's key and fields, the area's zod reading, the code's key.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { failureParts } from "@/app/_components/failure-parts";

const opts = {
  codeKeys: { NOT_FOUND: "errors.notFound", CONFLICT: "errors.conflict" } as const,
  zod: (error: z.ZodError) => ({ messageKey: "area.invalid", fieldErrors: z.flattenError(error).fieldErrors }),
};

describe("failureParts", () => {
  it("reads an AppError behind a tRPC error, with its field errors", () => {
    const cause = new AppError("BAD_REQUEST", "leads.errors.innInvalid", { fieldErrors: { inn: ["leads.errors.innChecksum"] } });
    const error = new TRPCError({ code: "BAD_REQUEST", cause });
    expect(failureParts(error, opts)).toEqual({ messageKey: "leads.errors.innInvalid", fieldErrors: { inn: ["leads.errors.innChecksum"] } });
  });

  it("reads a zod error the area's way, whether thrown directly or behind a tRPC error", () => {
    const zodError = z.object({ name: z.string().min(1) }).safeParse({ name: "" }).error!;
    expect(failureParts(zodError, opts)).toMatchObject({ messageKey: "area.invalid", fieldErrors: { name: [expect.any(String)] } });
    expect(failureParts(new TRPCError({ code: "BAD_REQUEST", cause: zodError }), opts)?.messageKey).toBe("area.invalid");
  });

  it("falls back to the area's key for a known code, and gives null for anything else", () => {
    expect(failureParts(new TRPCError({ code: "NOT_FOUND" }), opts)).toEqual({ messageKey: "errors.notFound", fieldErrors: {} });
    expect(failureParts(new TRPCError({ code: "INTERNAL_SERVER_ERROR" }), opts)).toBeNull();
    expect(failureParts(new Error("boom"), opts)).toBeNull();
  });
});
