// The client list's filters: search by name or INN, stage, manager, working group.
import { getTranslations } from "@/app/_i18n/server";
import { ClientStage } from "@/server/generated/prisma/enums";
import { FilterSelect, ListFilterForm } from "@/app/_components/list-filter-form";
import { Field, Input, Select } from "@/app/_components/ui/field";

type Option = { id: string; name: string };
/** Chosen values; a manager or group is an id from the list, or a part of the name when the firm has too many to list. */
export type ClientFilterValues = { search?: string; stage?: ClientStage; managerId?: string; groupId?: string; managerName?: string; groupName?: string };
type ClientFiltersProps = ClientFilterValues & { managers: Option[] | null; groups: Option[] | null };

export async function ClientFilters({ search, stage, managerId, groupId, managerName, groupName, managers, groups }: ClientFiltersProps) {
  const [t, tStage] = await Promise.all([getTranslations("office.clients"), getTranslations("enums.stage")]);
  return (
    <ListFilterForm
      path="/office/clients"
      filtered={Boolean(search || stage || managerId || groupId || managerName || groupName)}
      search={{ id: "clients-search", label: t("searchLabel"), placeholder: t("searchPlaceholder"), value: search }}
    >
      <FilterSelect id="clients-stage" name="stage" label={t("stageLabel")} value={stage} allLabel={t("allStages")} options={Object.values(ClientStage).map((value) => ({ value, label: tStage(value) }))} />
      <Field id="clients-manager" label={t("managerLabel")} className="sm:w-52">
        {managers ? (
          <Select id="clients-manager" name="manager" defaultValue={managerId ?? ""}>
            <option value="">{t("allManagers")}</option>
            {managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        ) : (
          <Input id="clients-manager" name="managerName" type="search" defaultValue={managerName} placeholder={t("managerNamePlaceholder")} maxLength={200} autoComplete="off" />
        )}
      </Field>
      <Field id="clients-group" label={t("groupLabel")} className="sm:w-52">
        {groups ? (
          <Select id="clients-group" name="group" defaultValue={groupId ?? ""}>
            <option value="">{t("allGroups")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </Select>
        ) : (
          <Input id="clients-group" name="groupName" type="search" defaultValue={groupName} placeholder={t("groupNamePlaceholder")} maxLength={200} autoComplete="off" />
        )}
      </Field>
    </ListFilterForm>
  );
}
