"use client";
// One task of the template editor: title, description, responsible role, day offset; move up/down and remove.
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { Field, Input, Select } from "@/app/_components/ui/field";

export const TASK_ROLES = ["MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR", "CLIENT"] as const;
export type EditableTask = {
  key: string;
  id?: string;
  title: string;
  description: string;
  responsibleRole: (typeof TASK_ROLES)[number];
  dayOffset: number | string;
};

type TaskRowProps = {
  task: EditableTask;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (index: number, change: Partial<EditableTask>) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, delta: -1 | 1) => void;
};

const isRole = (value: string): value is EditableTask["responsibleRole"] => (TASK_ROLES as readonly string[]).includes(value);

export function TaskRow({ task, index, count, errors, onChange, onRemove, onMove }: TaskRowProps) {
  const t = useTranslations("programs.template");
  const tRole = useTranslations("programs.roles");
  const n = index + 1;
  const id = (field: string) => `template-task-${n}-${field}`;
  const error = (field: string) => errors[`tasks.${index}.${field}`];
  return (
    <li data-testid={`template-task-${n}`} className="grid gap-3 px-5 py-4 sm:grid-cols-[2rem_minmax(0,2fr)_minmax(0,1fr)_6rem] sm:items-start">
      <span className="pt-8 text-sm font-semibold text-muted tabular-nums">{n}.</span>
      <div className="space-y-3">
        <Field id={id("title")} label={t("taskTitle")} error={error("title") ?? error("id")}>
          <Input id={id("title")} required maxLength={200} data-testid={id("title")} value={task.title} onChange={(e) => onChange(index, { title: e.target.value })} aria-invalid={!!error("title")} />
        </Field>
        <Field id={id("description")} label={t("taskDescription")} error={error("description")}>
          <Input id={id("description")} maxLength={2000} value={task.description} onChange={(e) => onChange(index, { description: e.target.value })} />
        </Field>
      </div>
      <Field id={id("role")} label={t("role")} error={error("responsibleRole")}>
        <Select id={id("role")} data-testid={id("role")} value={task.responsibleRole} onChange={(e) => isRole(e.target.value) && onChange(index, { responsibleRole: e.target.value })}>
          {TASK_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRole(role)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("offset")} label={t("dayOffset")} error={error("dayOffset")}>
        <Input
          id={id("offset")}
          type="number"
          min={0}
          max={90}
          required
          data-testid={id("offset")}
          value={task.dayOffset}
          onChange={(e) => onChange(index, { dayOffset: e.target.value })}
          aria-invalid={!!error("dayOffset")}
        />
      </Field>
      <div className="flex flex-wrap gap-2 sm:col-start-2 sm:col-end-5">
        <Button variant="quiet" size="sm" disabled={index === 0} onClick={() => onMove(index, -1)} data-testid={`template-task-${n}-up`}>
          {t("moveUp")}
        </Button>
        <Button variant="quiet" size="sm" disabled={index === count - 1} onClick={() => onMove(index, 1)} data-testid={`template-task-${n}-down`}>
          {t("moveDown")}
        </Button>
        <Button variant="quiet" size="sm" disabled={count === 1} onClick={() => onRemove(index)} data-testid={`template-task-${n}-remove`} className="text-danger-700">
          {t("remove")}
        </Button>
      </div>
    </li>
  );
}
