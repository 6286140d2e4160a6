// The firm's express-audit template: read by every staff member, edited by an ADMIN. Audits keep their own copies.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { logActivity } from "@/server/activity/activity.service";
import { auditTemplateUpdateInput, type AuditTemplateUpdateInput } from "./audits.schema";

type Opts = { actor: StaffActor; tx?: Tx };

const DEFAULT_NAME = "Экспресс-аудит";

function findDefault(tx: Tx, firmId: string) {
  return tx.auditTemplate.findFirst({
    where: { firmId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    include: { items: { orderBy: { position: "asc" } }, firm: { select: { name: true } } },
  });
}

/** The firm's default template with its items in order, or null when the firm has none yet. */
export async function getAuditTemplate({ actor, tx = db }: Opts) {
  return findDefault(tx, staffFirmScope(actor).firmId);
}

/** Replaces the items: kept ids are updated in the new order, new ones added, missing ones removed. */
export async function updateAuditTemplate({ actor }: Opts, raw: AuditTemplateUpdateInput) {
  const input = auditTemplateUpdateInput.parse(raw);
  const { firmId } = staffFirmScope(actor);
  return db.$transaction(async (tx) => {
    const template = (await findDefault(tx, firmId)) ?? (await tx.auditTemplate.create({ data: { firmId, name: DEFAULT_NAME, isDefault: true }, include: { items: true, firm: { select: { name: true } } } }));
    const known = new Set(template.items.map((item) => item.id));
    const keptIds = new Set(input.items.flatMap((item) => (item.id && known.has(item.id) ? [item.id] : [])));
    const removed = template.items.filter((item) => !keptIds.has(item.id));
    await tx.auditTemplateItem.deleteMany({ where: { templateId: template.id, id: { in: removed.map((item) => item.id) } } });
    for (const [position, item] of input.items.entries()) {
      const data = { title: item.title, description: item.description ? item.description : null, position };
      if (item.id && keptIds.has(item.id)) await tx.auditTemplateItem.update({ where: { id: item.id }, data });
      else await tx.auditTemplateItem.create({ data: { ...data, templateId: template.id } });
    }
    await logActivity(tx, actor, {
      firmId,
      action: "auditTemplate.updated",
      subjectType: "AuditTemplate",
      subjectId: template.id,
      data: { items: input.items.length, removed: removed.length },
    });
    return findDefault(tx, firmId);
  });
}
