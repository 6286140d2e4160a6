// A list page's filters as a GET form, so the URL can be shared: a search field, the page's own fields, "search" and, while filtered, "reset".
import type { ReactNode } from "react";
import { getTranslations } from "@/app/_i18n/server";
import { Button, ButtonLink } from "./ui/button";
import { Field, Input, Select } from "./ui/field";

type ListFilterFormProps = {
  path: string;
  filtered: boolean;
  search: { id: string; label: string; placeholder: string; value?: string };
  children?: ReactNode;
};

export async function ListFilterForm({ path, filtered, search, children }: ListFilterFormProps) {
  const t = await getTranslations("common.filters");
  return (
    <form method="get" action={path} role="search" className="flex flex-col gap-3 border-b border-line px-5 py-4 sm:flex-row sm:items-end">
      <Field id={search.id} label={search.label} className="sm:flex-1">
        <Input id={search.id} name="q" type="search" defaultValue={search.value} placeholder={search.placeholder} maxLength={200} autoComplete="off" />
      </Field>
      {children}
      <SearchButtons submitLabel={t("apply")} reset={filtered ? { href: path, label: t("reset") } : null} />
    </form>
  );
}

/** A search form's submit button and, while a search is on, the link that drops it. */
export function SearchButtons({ submitLabel, reset }: { submitLabel: string; reset: { href: string; label: string } | null }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
      {reset ? (
        <ButtonLink href={reset.href} variant="quiet">
          {reset.label}
        </ButtonLink>
      ) : null}
    </div>
  );
}

type FilterSelectProps = { id: string; name: string; label: string; value: string | undefined; allLabel: string; options: ReadonlyArray<{ value: string; label: string }> };

/** One of a list's filters as a select: "all" first, then the choices. */
export function FilterSelect({ id, name, label, value, allLabel, options }: FilterSelectProps) {
  return (
    <Field id={id} label={label} className="sm:w-52">
      <Select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
