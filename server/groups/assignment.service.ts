// Suggesting and assigning a working group to a transition program, never over capacity unless an ADMIN overrides with a reason.
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffCan } from "@/server/auth/permissions";
import { staffClientScope, staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { assertOpen, bumpVersion, programInScope } from "@/server/programs/access";
import { assigneeSql, groupMembersSql, roleTurnSql } from "@/server/programs/assignees";
import { CHOICE_LIST_LIMIT, firstChoices } from "@/server/choice-list";
import { countingClientSelect, firmGroupLoads, firmGroupsWithRoleCounts, forgetFirmGroupLoads, groupLoads, groupsCountingClient, missingMembers, parseComposition, relativeLoad } from "./load";
import { assignInput, suggestInput } from "./groups.schema";

type Opts = { actor: StaffActor; tx?: Tx };

type GroupChoice = { id: string; name: string; capacity: number; load: number; complete: boolean; missing: Record<string, number> };

/**
 * The suggestion, the complete group with the lowest load relative to capacity that still has room for this program's
 * client (a client already counted in a group needs no extra room there), and the groups to choose from: every group
 * of a firm with up to CHOICE_LIST_LIMIT of them; otherwise those whose name has `search`, or without a search the
 * groups with room by relative load, at most CHOICE_LIST_LIMIT and `more` set. The suggested and the current group
 * are always among them (`found` counts the others). Loads are the firm's shared ones (firmGroupLoads, up to 30 s
 * old); an assignment counts its group afresh.
 */
export async function suggestForProgram({ actor, tx = db }: Opts, raw: z.input<typeof suggestInput>) {
  const input = suggestInput.parse(raw);
  const firmId = staffFirmScope(actor).firmId;
  const [program, rows, loads] = await Promise.all([
    tx.transitionProgram.findFirst({
      where: { id: input.programId, client: staffClientScope(actor) },
      select: { groupId: true, client: { select: { ...countingClientSelect, firm: { select: { groupComposition: true } } } } },
    }),
    firmGroupsWithRoleCounts(tx, firmId),
    firmGroupLoads(tx, firmId),
  ]);
  if (!program) throw notFound("program");
  const composition = parseComposition(program.client.firm.groupComposition);
  const counting = groupsCountingClient(program.client);
  const groups: GroupChoice[] = rows.map((g) => {
    const missing = missingMembers(composition, g.roles);
    return { id: g.id, name: g.name, capacity: g.capacity, load: loads.get(g.id) ?? 0, complete: Object.keys(missing).length === 0, missing };
  });
  const hasRoom = (g: GroupChoice) => g.load - (counting.has(g.id) ? 1 : 0) + 1 <= g.capacity;
  const candidates = groups.filter((g) => g.complete && hasRoom(g)).sort((a, b) => relativeLoad(a.load, a.capacity) - relativeLoad(b.load, b.capacity) || a.name.localeCompare(b.name));
  const suggestedGroupId = candidates[0]?.id ?? null;
  if (groups.length <= CHOICE_LIST_LIMIT && !input.search) return { suggestedGroupId, groups, more: false, found: groups.length };

  const needle = input.search?.toLocaleLowerCase("ru");
  const pool = needle ? groups.filter((g) => g.name.toLocaleLowerCase("ru").includes(needle)) : candidates;
  const { items, more } = firstChoices(pool);
  const pinned = groups.filter((g) => (g.id === suggestedGroupId || g.id === program.groupId) && !items.includes(g));
  return { suggestedGroupId, groups: [...pinned, ...items], more, found: items.length };
}

/**
 * Sets the program's group and fills the assignees of its unfinished tasks from the group's roles. The group row
 * is locked (FOR UPDATE) before its load is counted, so two assignments at the same moment are serialized and
 * can never both take the last place.
 */
export async function assignToProgram({ actor }: Opts, raw: z.input<typeof assignInput>) {
  const input = assignInput.parse(raw);
  const overrideReason = input.overrideReason ?? null;
  if (overrideReason && !staffCan(actor.role, "programs.overrideCapacity")) throw new AppError("FORBIDDEN", "groups.errors.overrideForbidden");
  const result = await db.$transaction(async (tx) => {
    const program = await programInScope(tx, actor, input.programId);
    assertOpen(program);
    if (program.version !== input.version) throw new AppError("CONFLICT", "programs.errors.staleProgram", { message: "the program was changed by someone else" });
    const found = await tx.workingGroup.findFirst({ where: { id: input.groupId, firmId: program.client.firmId }, select: { id: true } });
    if (!found) throw notFound("group");
    await tx.$queryRaw`SELECT id FROM "WorkingGroup" WHERE id = ${found.id} FOR UPDATE`;
    const group = await tx.workingGroup.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, name: true, capacity: true } });
    const loadAfter = ((await groupLoads(tx, [group.id], { excludeClientId: program.clientId })).get(group.id) ?? 0) + 1;
    const overCapacity = loadAfter > group.capacity;
    if (overCapacity && !overrideReason) {
      throw new AppError("PRECONDITION_FAILED", "groups.errors.overCapacity", { details: { capacity: group.capacity, loadAfter } });
    }
    await bumpVersion(tx, program.id, input.version, { groupId: group.id, capacityOverrideReason: overCapacity ? overrideReason : null });
    await fillAssignees(tx, program.id, group.id, program.managerId);
    await logActivity(tx, actor, {
      firmId: program.client.firmId,
      clientId: program.clientId,
      action: "program.groupAssigned",
      subjectType: "TransitionProgram",
      subjectId: program.id,
      data: { groupId: group.id, groupName: group.name, previousGroupId: program.groupId, loadAfter, capacity: group.capacity, overrideReason: overCapacity ? overrideReason : null },
    });
    return { programId: program.id };
  });
  forgetFirmGroupLoads(actor.firmId);
  return result;
}

/** Unfinished tasks get assignees from the group's roles (the rule in programs/assignees.ts); DONE tasks keep theirs. One statement. */
async function fillAssignees(tx: Tx, programId: string, groupId: string, managerId: string | null) {
  await tx.$executeRaw`
    WITH src AS (SELECT t."id", t."responsibleRole", t."status", ${roleTurnSql} AS turn FROM "ProgramTask" t WHERE t."programId" = ${programId}),
    m AS (${groupMembersSql(groupId)}),
    picked AS (SELECT src."id", ${assigneeSql(managerId)} AS "assigneeId" FROM src WHERE src."status" <> 'DONE')
    UPDATE "ProgramTask" t SET "assigneeId" = picked."assigneeId", "updatedAt" = ${new Date()}::timestamp
    FROM picked WHERE t."id" = picked."id" AND t."assigneeId" IS DISTINCT FROM picked."assigneeId"`;
}
