// Every connection the app opens runs with its session settings (server/db.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";

describe("database sessions", () => {
  it("run without JIT compilation, which cost a group member's dashboard 1.3 s per call at 100,000 clients", async () => {
    const [inTransaction] = await db.$transaction((tx) => tx.$queryRaw<{ jit: string }[]>`SHOW jit`);
    expect(inTransaction).toEqual({ jit: "off" });
    expect(await db.$queryRaw`SHOW jit`).toEqual([{ jit: "off" }]);
  });
});
