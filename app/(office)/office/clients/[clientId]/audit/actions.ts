"use server";
// Server actions of the express audit: start it, save one checklist item, decide.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AuditDecision, AuditResult } from "@/server/generated/prisma/enums";
import { serverApi } from "@/server/trpc/server";
import { describeFailure, translateKey } from "../../new/_lib/form-errors";
import { text } from "@/app/_components/form-data";

export type AuditActionState = { status: "idle" | "saved" | "error"; message: string | null; fieldErrors: Record<string, string>; values: Record<string, string> };

const auditPath = (clientId: string) => `/office/clients/${clientId}/audit`;

async function failed(error: unknown, values: Record<string, string>): Promise<AuditActionState> {
  const failure = await describeFailure(error);
  return { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values };
}

async function missing(field: "result" | "decision", values: Record<string, string>): Promise<AuditActionState> {
  const message = await translateKey(`audits.errors.${field}Required`);
  return { status: "error", message, fieldErrors: { [field]: message }, values };
}

export async function startAuditAction(_previous: AuditActionState, formData: FormData): Promise<AuditActionState> {
  const clientId = text(formData, "clientId");
  try {
    await (await serverApi()).office.audits.start({ clientId });
  } catch (error) {
    return failed(error, {});
  }
  redirect(auditPath(clientId));
}

export async function recordFindingAction(_previous: AuditActionState, formData: FormData): Promise<AuditActionState> {
  const values = { result: text(formData, "result"), comment: text(formData, "comment") };
  const result = Object.values(AuditResult).find((value) => value === values.result);
  if (!result) return missing("result", values);
  try {
    await (await serverApi()).office.audits.recordFinding({ auditId: text(formData, "auditId"), findingId: text(formData, "findingId"), result, comment: values.comment });
  } catch (error) {
    return failed(error, values);
  }
  revalidatePath(auditPath(text(formData, "clientId")));
  return { status: "saved", message: null, fieldErrors: {}, values };
}

export async function decideAuditAction(_previous: AuditActionState, formData: FormData): Promise<AuditActionState> {
  const values = { decision: text(formData, "decision"), note: text(formData, "note") };
  const decision = Object.values(AuditDecision).find((value) => value === values.decision);
  const clientId = text(formData, "clientId");
  if (!decision) return missing("decision", values);
  try {
    await (await serverApi()).office.audits.decide({ auditId: text(formData, "auditId"), decision, note: values.note });
  } catch (error) {
    return failed(error, values);
  }
  redirect(auditPath(clientId));
}
