import { describe, expect, it } from "vitest";
import { isValidInn, isValidKpp, isValidOgrn, withInnCheckDigit, withOgrnCheckDigit } from "@/server/clients/requisites";

describe("requisites check digits", () => {
  it("accepts valid 10- and 12-digit INNs and rejects a wrong check digit", () => {
    expect(isValidInn("7724185366")).toBe(true);
    expect(isValidInn("7724185367")).toBe(false);
    expect(isValidInn("502408719342")).toBe(true);
    expect(isValidInn("502408719343")).toBe(false);
    expect(isValidInn("77241853")).toBe(false);
    expect(isValidInn("77241853ab")).toBe(false);
  });

  it("checks KPP shape", () => {
    expect(isValidKpp("772401001")).toBe(true);
    expect(isValidKpp("7724AB001")).toBe(true);
    expect(isValidKpp("77240100")).toBe(false);
  });

  it("accepts valid OGRN (13) and OGRNIP (15) and rejects a wrong check digit", () => {
    expect(isValidOgrn("1177746358195")).toBe(true);
    expect(isValidOgrn("1177746358194")).toBe(false);
    expect(isValidOgrn("316502700014822")).toBe(true);
    expect(isValidOgrn("316502700014823")).toBe(false);
  });

  it("completes check digits for generated requisites", () => {
    for (const body of ["500100732", "123456789", "987654321"]) expect(isValidInn(withInnCheckDigit(body))).toBe(true);
    for (const body of ["102770013219", "117774635819"]) expect(isValidOgrn(withOgrnCheckDigit(body))).toBe(true);
  });
});
