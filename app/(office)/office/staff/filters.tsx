// The staff list's filters: a part of the name or e-mail and a role.
import { getTranslations } from "@/app/_i18n/server";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { FilterSelect, ListFilterForm } from "@/app/_components/list-filter-form";

type StaffFiltersProps = { search?: string; role?: StaffRole; roles: readonly StaffRole[] };

export async function StaffFilters({ search, role, roles }: StaffFiltersProps) {
  const [t, tRole] = await Promise.all([getTranslations("office.staff"), getTranslations("enums.role")]);
  return (
    <ListFilterForm path="/office/staff" filtered={Boolean(search || role)} search={{ id: "staff-search", label: t("searchLabel"), placeholder: t("searchPlaceholder"), value: search }}>
      <FilterSelect id="staff-role" name="role" label={t("roleLabel")} value={role} allLabel={t("allRoles")} options={roles.map((value) => ({ value, label: tRole(value) }))} />
    </ListFilterForm>
  );
}
