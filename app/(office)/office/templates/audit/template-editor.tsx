"use client";
// Edits the checklist items: title, explanation, order, add and remove; saved together, nothing lost on an error.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { saveAuditTemplateAction, type TemplateFormState, type TemplateItem } from "./actions";

let counter = 0;
const newKey = () => `new-${++counter}`;

export function TemplateEditor({ initialItems }: { initialItems: TemplateItem[] }) {
  const t = useTranslations("audits.template");
  const [state, formAction] = useActionState(saveAuditTemplateAction, { status: "idle", message: null, items: null } satisfies TemplateFormState);
  const [items, setItems] = useState<TemplateItem[]>(state.items ?? initialItems);
  const update = (key: string, patch: Partial<TemplateItem>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const move = (index: number, delta: number) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + delta, 0, item);
      return next;
    });

  return (
    <form action={formAction} data-testid="audit-template-form" className="space-y-4">
      <input type="hidden" name="items" value={JSON.stringify(items)} />
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={item.key} data-testid="template-item" className="space-y-3 rounded-md border border-line p-4">
            <Field id={`item-${item.key}-title`} label={t("itemTitle", { number: index + 1 })}>
              <Input id={`item-${item.key}-title`} value={item.title} required maxLength={300} data-testid="template-item-title" onChange={(e) => update(item.key, { title: e.target.value })} />
            </Field>
            <Field id={`item-${item.key}-description`} label={t("itemDescription")}>
              <Input id={`item-${item.key}-description`} value={item.description} maxLength={1000} onChange={(e) => update(item.key, { description: e.target.value })} />
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                {t("moveUp")}
              </Button>
              <Button size="sm" variant="secondary" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                {t("moveDown")}
              </Button>
              <Button size="sm" variant="quiet" data-testid="template-item-remove" onClick={() => setItems((list) => list.filter((other) => other.key !== item.key))}>
                {t("remove")}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" data-testid="template-item-add" onClick={() => setItems((list) => [...list, { key: newKey(), id: null, title: "", description: "" }])}>
        {t("add")}
      </Button>
      {state.status === "error" && state.message ? <ErrorAlert>{state.message}</ErrorAlert> : null}
      {state.status === "saved" ? <p role="status" className="text-sm text-emerald-700">{t("saved")}</p> : null}
      <div>
        <SubmitButton pendingLabel={t("saving")}>
          <span data-testid="template-save">{t("save")}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
