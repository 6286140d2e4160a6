// The firm's program template: read by staff, edited by ADMIN only, validated with field errors; programs keep their tasks.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDefaultProgramTemplate, updateProgramTemplate } from "@/server/templates/program-templates.service";
import type { UpdateTemplateInput } from "@/server/templates/program-templates.schema";
import { callerFor } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;
let other: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
  other = await createFirmScenario();
});

async function currentInput(scenario: FirmScenario): Promise<UpdateTemplateInput> {
  const template = (await getDefaultProgramTemplate({ actor: scenario.actors.admin }))!;
  return {
    expectedUpdatedAt: template.updatedAt,
    name: template.name,
    windowDays: template.windowDays,
    tasks: template.tasks.map((t) => ({ id: t.id, title: t.title, description: t.description ?? undefined, responsibleRole: t.responsibleRole, dayOffset: t.dayOffset })),
  };
}

describe("reading the template", () => {
  it("gives any staff member the firm's default template with its tasks in order", async () => {
    const template = await callerFor(s.actors.operator).office.programTemplates.get();
    expect(template?.id).toBe(s.programTemplate.id);
    expect(template?.tasks.map((t) => t.position)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("updating the template", () => {
  it("reorders, edits, adds and removes tasks, keeping the kind of existing ones; existing programs are untouched", async () => {
    const { program } = await createClientWithProgram(s);
    const before = await db.programTask.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } });
    const input = await currentInput(s);
    const [contract, ...rest] = input.tasks;
    const reordered = [...rest.slice(0, 3), { ...contract!, title: "Договор (ред.)", dayOffset: 3 }, { title: "Новая задача", responsibleRole: "CLIENT" as const, dayOffset: 5 }];
    const updated = await callerFor(s.actors.admin).office.programTemplates.update({ ...input, name: "Переход v2", windowDays: 10, tasks: reordered });
    expect(updated).toMatchObject({ name: "Переход v2", windowDays: 10 });
    expect(updated!.tasks.map((t) => [t.title, t.position, t.kind])).toEqual([
      ["Подключение к электронной отчетности", 0, null],
      ["Подготовка хранилища документов", 1, null],
      ["Настройка учета заработной платы", 2, null],
      ["Договор (ред.)", 3, "contract"],
      ["Новая задача", 4, null],
    ]);
    const after = await db.programTask.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } });
    expect(after).toEqual(before);
    const activity = await db.activityLog.findFirst({ where: { subjectId: s.programTemplate.id, action: "programTemplate.updated" } });
    expect(activity).not.toBeNull();
  });

  it("refuses invalid input with field errors by path and saves nothing", async () => {
    const input = await currentInput(s);
    const bad = { ...input, name: " ", tasks: [{ ...input.tasks[0]!, title: "" }, { ...input.tasks[1]!, dayOffset: 91 }] };
    await expect(updateProgramTemplate({ actor: s.actors.admin }, bad)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { name: ["nameRequired"], "tasks.0.title": ["titleRequired"], "tasks.1.dayOffset": ["dayOffsetInvalid"] },
    });
    await expect(callerFor(s.actors.admin).office.programTemplates.update({ ...input, tasks: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await currentInput(s)).toEqual(input);
  });

  it("refuses a task id of another template", async () => {
    const input = await currentInput(s);
    const foreignId = (await currentInput(other)).tasks[0]!.id;
    const tasks = [...input.tasks, { id: foreignId, title: "Чужая", responsibleRole: "CLIENT" as const, dayOffset: 0 }];
    await expect(updateProgramTemplate({ actor: s.actors.admin }, { ...input, tasks })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { [`tasks.${input.tasks.length}.id`]: ["unknownTask"] },
    });
    expect((await currentInput(other)).tasks[0]!.title).toBe("Подписание договора");
  });

  it("refuses a save made from an older read (optimistic locking)", async () => {
    const input = await currentInput(s);
    await updateProgramTemplate({ actor: s.actors.admin }, { ...input, name: "Первое сохранение" });
    await expect(updateProgramTemplate({ actor: s.actors.admin }, { ...input, name: "Второе сохранение" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "programs.errors.staleTemplate",
    });
    expect((await currentInput(s)).name).toBe("Первое сохранение");
  });

  it("is for ADMIN only; another firm's admin only ever sees and edits their own template", async () => {
    const input = await currentInput(s);
    for (const actor of [s.actors.manager, s.actors.chief, s.actors.accountant, s.actors.operator]) {
      await expect(callerFor(actor).office.programTemplates.update({ ...input, name: "Взлом" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const otherTemplate = await callerFor(other.actors.admin).office.programTemplates.get();
    expect(otherTemplate?.id).toBe(other.programTemplate.id);
    await expect(callerFor(other.actors.admin).office.programTemplates.update({ ...input, name: "Чужая правка" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await currentInput(s)).name).toBe(input.name);
  });
});

describe("a firm without a template", () => {
  it("reads null and cannot update: NOT_FOUND", async () => {
    const input = await currentInput(s);
    await db.programTemplate.deleteMany({ where: { firmId: other.firm.id } });
    expect(await callerFor(other.actors.admin).office.programTemplates.get()).toBeNull();
    await expect(callerFor(other.actors.admin).office.programTemplates.update(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
