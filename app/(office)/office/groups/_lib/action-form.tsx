"use client";
// One form for every group and staff action: labelled fields, field errors, a pending submit and the result message.
import { useActionState } from "react";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { cn } from "@/app/_components/ui/cn";
import { idleState, type FormState } from "./form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "password" | "select";
  options?: Array<{ value: string; label: string }>;
  placeholder?: string;
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  min?: number;
  max?: number;
  maxLength?: number;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  testId: string;
  idPrefix: string;
  variant?: "primary" | "secondary";
  layout?: "stack" | "row";
  hint?: string;
};

export function ActionForm({ action, fields = [], hidden = {}, submitLabel, pendingLabel, testId, idPrefix, variant, layout = "stack", hint }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} data-testid={testId} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={cn(layout === "row" ? "grid gap-3 sm:grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] sm:items-start" : "space-y-3")}>
        {fields.map((field) => (
          <FieldControl key={field.name} field={field} id={`${idPrefix}-${field.name}`} state={state} />
        ))}
      </div>
      {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      {state.status === "error" && state.message ? <ErrorAlert>{state.message}</ErrorAlert> : null}
      {state.status === "ok" && state.message ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pendingLabel={pendingLabel} variant={variant} className="w-full sm:w-auto">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

function FieldControl({ field, id, state }: { field: FieldSpec; id: string; state: FormState }) {
  const error = state.fieldErrors[field.name];
  const common = {
    id,
    name: field.name,
    required: field.required,
    defaultValue: state.values[field.name] ?? field.defaultValue ?? "",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <Field id={id} label={field.label} error={error}>
      {field.type === "select" ? (
        <Select {...common}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input {...common} type={field.type ?? "text"} placeholder={field.placeholder} autoComplete={field.autoComplete} min={field.min} max={field.max} maxLength={field.maxLength} inputMode={field.type === "number" ? "numeric" : undefined} />
      )}
    </Field>
  );
}
