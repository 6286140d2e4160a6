// The staff list's filters: a part of the name or e-mail and a role.
import { getTranslations } from "@/app/_i18n/server";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { ListFilterForm } from "@/app/_components/list-filter-form";
import { Field, Select } from "@/app/_components/ui/field";

type StaffFiltersProps = { search?: string; role?: StaffRole; roles: readonly StaffRole[] };

export async function StaffFilters({ search, role, roles }: StaffFiltersProps) {
  const [t, tRole] = await Promise.all([getTranslations("office.staff"), getTranslations("enums.role")]);
  return (
    <ListFilterForm path="/office/staff" filtered={Boolean(search || role)} search={{ id: "staff-search", label: t("searchLabel"), placeholder: t("searchPlaceholder"), value: search }}>
      <Field id="staff-role" label={t("roleLabel")} className="sm:w-52">
        <Select id="staff-role" name="role" defaultValue={role ?? ""}>
          <option value="">{t("allRoles")}</option>
          {roles.map((value) => (
            <option key={value} value={value}>
              {tRole(value)}
            </option>
          ))}
        </Select>
      </Field>
    </ListFilterForm>
  );
}
