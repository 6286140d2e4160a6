"use client";
// ADMIN editor of the program template: name, window length, and tasks to add, remove, reorder and edit.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { Field, Input } from "@/app/_components/ui/field";
import { FormSubmit } from "../../programs/_components/form-submit";
import { idleState } from "../../programs/_lib/form-state";
import { saveTemplateAction } from "./actions";
import { TaskRow, type EditableTask } from "./task-row";

type EditorTemplate = { updatedAt: string; name: string; windowDays: number; tasks: Omit<EditableTask, "key">[] };

let nextKey = 0;
const withKey = (task: Omit<EditableTask, "key">): EditableTask => ({ ...task, key: `t${nextKey++}` });

export function TemplateEditor({ template, saved }: { template: EditorTemplate; saved: boolean }) {
  const t = useTranslations("programs.template");
  const [state, formAction] = useActionState(saveTemplateAction, idleState);
  const [name, setName] = useState(template.name);
  const [windowDays, setWindowDays] = useState(String(template.windowDays));
  const [tasks, setTasks] = useState(() => template.tasks.map(withKey));
  const errors = state.status === "error" ? state.fieldErrors : {};

  const update = (index: number, change: Partial<EditableTask>) => setTasks((all) => all.map((task, i) => (i === index ? { ...task, ...change } : task)));
  const remove = (index: number) => setTasks((all) => all.filter((_, i) => i !== index));
  const move = (index: number, delta: -1 | 1) =>
    setTasks((all) => {
      const target = index + delta;
      if (target < 0 || target >= all.length) return all;
      const copy = [...all];
      [copy[index], copy[target]] = [copy[target]!, copy[index]!];
      return copy;
    });
  const add = () => setTasks((all) => [...all, withKey({ title: "", description: "", responsibleRole: "ACCOUNTANT", dayOffset: 0 })]);
  const payload = tasks.map(({ key: _key, id, title, description, responsibleRole, dayOffset }) => ({
    ...(id ? { id } : {}),
    title,
    description,
    responsibleRole,
    dayOffset: dayOffset === "" ? null : Number(dayOffset),
  }));

  return (
    <form action={formAction} data-testid="template-form" className="space-y-6">
      <input type="hidden" name="updatedAt" value={template.updatedAt} />
      <input type="hidden" name="tasks" value={JSON.stringify(payload)} />
      <Card>
        <CardHeader title={t("general")} />
        <CardBody className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field id="template-name" label={t("name")} error={errors.name}>
            <Input id="template-name" name="name" required maxLength={200} data-testid="template-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} />
          </Field>
          <Field id="template-window-days" label={t("windowDays")} error={errors.windowDays}>
            <Input
              id="template-window-days"
              name="windowDays"
              type="number"
              min={1}
              max={90}
              required
              data-testid="template-window-days"
              value={windowDays}
              onChange={(e) => setWindowDays(e.target.value)}
              aria-invalid={!!errors.windowDays}
            />
          </Field>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("tasksTitle")} description={t("tasksHint")} />
        <ol className="divide-y divide-line">
          {tasks.map((task, index) => (
            <TaskRow key={task.key} task={task} index={index} count={tasks.length} errors={errors} onChange={update} onRemove={remove} onMove={move} />
          ))}
        </ol>
        <CardBody>
          {errors.tasks ? <p className="mb-2 text-sm text-danger-700">{errors.tasks}</p> : null}
          <Button variant="secondary" onClick={add} data-testid="template-add-task">
            {t("addTask")}
          </Button>
        </CardBody>
      </Card>
      {state.status === "error" && state.message ? <ErrorAlert id="template-error">{state.message}</ErrorAlert> : null}
      {saved && state.status === "idle" ? (
        <p role="status" data-testid="template-saved" className="text-sm text-emerald-800">
          {t("saved")}
        </p>
      ) : null}
      <FormSubmit pendingLabel={t("pending")} testId="template-save">
        {t("save")}
      </FormSubmit>
    </form>
  );
}
