"use server";
// Saves the firm's express-audit template (ADMIN): the items in the order shown.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverApi } from "@/server/trpc/server";
import { describeFailure, translateKey } from "../../clients/new/_lib/form-errors";
import { text } from "@/app/_components/form-data";

export type TemplateItem = { key: string; id: string | null; title: string; description: string };
export type TemplateFormState = { status: "idle" | "saved" | "error"; message: string | null; items: TemplateItem[] | null };

const itemsJson = z.array(z.object({ key: z.string(), id: z.string().nullable(), title: z.string(), description: z.string() }));

export async function saveAuditTemplateAction(_previous: TemplateFormState, formData: FormData): Promise<TemplateFormState> {
  const parsed = itemsJson.safeParse(JSON.parse(text(formData, "items") || "[]"));
  if (!parsed.success) return { status: "error", message: await translateKey("errors.invalidInput"), items: null };
  const items = parsed.data;
  if (items.length === 0) return { status: "error", message: await translateKey("audits.errors.itemsRequired"), items };
  if (items.some((item) => !item.title.trim())) return { status: "error", message: await translateKey("audits.errors.titleRequired"), items };
  try {
    await (await serverApi()).office.auditTemplates.update({ items: items.map(({ id, title, description }) => ({ id, title, description })) });
  } catch (error) {
    return { status: "error", message: (await describeFailure(error)).message, items };
  }
  revalidatePath("/office/templates/audit");
  return { status: "saved", message: null, items: null };
}
