// A name search above a form's <select> once the firm has more choices than a list shows (CHOICE_LIST_LIMIT): a GET form
// that narrows the list through a query parameter. next/form navigates without a reload, so a half-filled form keeps its values.
import Form from "next/form";
import { getTranslations } from "@/app/_i18n/server";
import { CHOICE_LIST_LIMIT } from "@/server/choice-list";
import { SearchButtons } from "./list-filter-form";
import { Field, Input } from "./ui/field";

type ChoiceSearchProps = {
  /** The page the search reloads. */
  path: string;
  /** The query parameter that carries the search. */
  param: string;
  label: string;
  value: string | undefined;
  /** The list shows only the first CHOICE_LIST_LIMIT of the matches. */
  more: boolean;
  found: number;
  testId: string;
};

/** Shown when the list is cut (`more`) or a search is on; otherwise the list itself is complete and needs no search. */
export async function ChoiceSearch({ path, param, label, value, more, found, testId }: ChoiceSearchProps) {
  if (!more && !value) return null;
  const t = await getTranslations("common.choiceSearch");
  const id = `${testId}-input`;
  return (
    <div className="space-y-2" data-testid={testId}>
      <Form action={path} role="search" className="flex items-end gap-2">
        <Field id={id} label={label} className="flex-1">
          <Input id={id} name={param} type="search" defaultValue={value} maxLength={200} autoComplete="off" />
        </Field>
        <SearchButtons submitLabel={t("submit")} reset={value ? { href: path, label: t("reset") } : null} />
      </Form>
      {value && found === 0 ? <p className="text-sm text-muted">{t("none", { query: value })}</p> : null}
      {more ? <p className="text-sm text-muted">{t("more", { count: CHOICE_LIST_LIMIT })}</p> : null}
    </div>
  );
}
