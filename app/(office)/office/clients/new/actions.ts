"use server";
// Server actions of the new-lead form: create the lead, or take a refused client with the same INN again.
import { redirect } from "next/navigation";
import { serverApi } from "@/server/trpc/server";
import { TaxRegime } from "@/server/generated/prisma/enums";
import { describeFailure } from "./_lib/form-errors";
import { text } from "@/app/_components/form-data";

const LEAD_FIELDS = ["name", "inn", "kpp", "ogrn", "taxRegime", "contactName", "contactPhone", "contactEmail", "managerId"] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

export type LeadFormState = {
  message: string | null;
  fieldErrors: Partial<Record<LeadField, string>>;
  values: Partial<Record<LeadField, string>>;
  existing: { clientId: string; refused: boolean } | null;
};

export async function createLeadAction(_previous: LeadFormState, formData: FormData): Promise<LeadFormState> {
  const values = Object.fromEntries(LEAD_FIELDS.map((field) => [field, text(formData, field)])) as Record<LeadField, string>;
  let clientId: string;
  try {
    const api = await serverApi();
    const taxRegime = Object.values(TaxRegime).find((regime) => regime === values.taxRegime) ?? "OSNO";
    ({ clientId } = await api.office.clients.create({ ...values, taxRegime }));
  } catch (error) {
    const failure = await describeFailure(error);
    const existingId = typeof failure.details.existingClientId === "string" ? failure.details.existingClientId : null;
    return {
      message: failure.message,
      fieldErrors: failure.fieldErrors,
      values,
      existing: existingId ? { clientId: existingId, refused: failure.details.existingStage === "REFUSED" } : null,
    };
  }
  redirect(`/office/clients/${clientId}`);
}

export type ReopenState = { message: string | null };

export async function reopenLeadAction(_previous: ReopenState, formData: FormData): Promise<ReopenState> {
  const clientId = text(formData, "clientId");
  try {
    await (await serverApi()).office.clients.reopenAsLead({ clientId });
  } catch (error) {
    return { message: (await describeFailure(error)).message };
  }
  redirect(`/office/clients/${clientId}`);
}
