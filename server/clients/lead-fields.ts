// Normalizes a lead's form and checks its requisites by their check digits; every problem names its field.
import { z } from "zod";
import { AppError } from "@/server/errors";
import type { TaxRegime } from "@/server/generated/prisma/enums";
import { leadFieldsInput, type LeadFieldsInput } from "./clients.schema";
import { isValidInn, isValidKpp, isValidOgrn } from "./requisites";

export type LeadFields = {
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string | null;
  taxRegime: TaxRegime;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  managerId: string | null;
};

const blankToNull = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
const compact = (value: string | null | undefined) => blankToNull(value?.replace(/[\s-]/g, "").toUpperCase());

function requisiteErrors(fields: LeadFields): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(`leads.errors.${key}`);
  if (!fields.name) add("name", "nameRequired");
  if (!fields.inn) add("inn", "innRequired");
  else if (!isValidInn(fields.inn)) add("inn", "innInvalid");
  const soleProprietor = fields.inn.length === 12;
  if (soleProprietor) {
    if (fields.kpp) add("kpp", "kppNotForSoleProprietor");
    if (fields.ogrn && fields.ogrn.length !== 15) add("ogrn", "ogrnipExpected");
  } else {
    if (!fields.kpp) add("kpp", "kppRequired");
    else if (!isValidKpp(fields.kpp)) add("kpp", "kppInvalid");
    if (fields.ogrn && fields.ogrn.length !== 13) add("ogrn", "ogrnExpected");
  }
  if (fields.ogrn && !errors.ogrn && !isValidOgrn(fields.ogrn)) add("ogrn", "ogrnInvalid");
  if (fields.contactEmail && !z.email().safeParse(fields.contactEmail).success) add("contactEmail", "emailInvalid");
  return errors;
}

/** Parses and checks the form; BAD_REQUEST with field errors (nothing is saved) when anything is wrong. */
export function parseLeadFields(raw: LeadFieldsInput): LeadFields {
  const input = leadFieldsInput.parse(raw);
  const fields: LeadFields = {
    name: input.name.trim(),
    inn: compact(input.inn) ?? "",
    kpp: compact(input.kpp),
    ogrn: compact(input.ogrn),
    taxRegime: input.taxRegime,
    contactName: blankToNull(input.contactName),
    contactPhone: blankToNull(input.contactPhone),
    contactEmail: blankToNull(input.contactEmail)?.toLowerCase() ?? null,
    managerId: blankToNull(input.managerId),
  };
  const fieldErrors = requisiteErrors(fields);
  if (Object.keys(fieldErrors).length > 0) throw new AppError("BAD_REQUEST", "leads.errors.invalidFields", { fieldErrors });
  return fields;
}
