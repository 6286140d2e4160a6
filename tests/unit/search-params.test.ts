// Query parameters as the pages read them: first value, trimmed, bounded, no control characters.
import { describe, expect, it } from "vitest";
import { firstParam } from "@/app/_components/search-params";

describe("firstParam", () => {
  it("takes the first value, trimmed", () => {
    expect(firstParam({ q: ["  Синапс ", "other"] }, "q")).toBe("Синапс");
    expect(firstParam({ q: "   " }, "q")).toBeUndefined();
    expect(firstParam({}, "q")).toBeUndefined();
  });

  it("ignores a value longer than the bound", () => {
    expect(firstParam({ q: "я".repeat(200) }, "q")).toBe("я".repeat(200));
    expect(firstParam({ q: "я".repeat(201) }, "q")).toBeUndefined();
    expect(firstParam({ cursor: "x".repeat(65) }, "cursor", 64)).toBeUndefined();
  });

  it("ignores a value holding a NUL or another control character", () => {
    expect(firstParam({ q: "Вектор\u0000" }, "q")).toBeUndefined();
    expect(firstParam({ group: "a\u001fb" }, "group")).toBeUndefined();
    expect(firstParam({ q: "a\u007f" }, "q")).toBeUndefined();
    expect(firstParam({ q: `'"; --` }, "q")).toBe(`'"; --`);
  });
});
