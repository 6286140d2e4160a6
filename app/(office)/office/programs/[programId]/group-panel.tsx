// Working-group assignment: the server's suggestion preselected, the groups with their load and capacity (a firm with
// many groups: those with room by load, or found by name).
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { ChoiceSearch } from "@/app/_components/choice-search";
import type { ProgramView } from "./program-data";
import { GroupForm, type GroupOption } from "./group-form";

export async function GroupPanel({ program, search, canOverride }: { program: ProgramView; search: string | undefined; canOverride: boolean }) {
  const [t, suggestion] = await Promise.all([
    getTranslations("programs.group"),
    (await serverApi()).office.groups.suggestForProgram({ programId: program.id, search }),
  ]);
  const options: GroupOption[] = suggestion.groups.map((group) => ({
    id: group.id,
    label: t("option", { name: group.name, load: group.load, capacity: group.capacity }),
    flags: [group.id === suggestion.suggestedGroupId ? t("suggested") : null, group.complete ? null : t("incomplete"), group.load >= group.capacity ? t("full") : null]
      .filter((flag): flag is string => flag !== null)
      .join(", "),
  }));
  const selected = program.group?.id ?? suggestion.suggestedGroupId ?? options[0]?.id ?? "";
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={program.group ? t("current", { name: program.group.name }) : t("none")}
      />
      <CardBody className="space-y-4">
        <ChoiceSearch path={`/office/programs/${program.id}`} param="group" label={t("find")} value={search} more={suggestion.more} found={suggestion.found} testId="group-search" />
        {options.length === 0 ? (
          <p className="text-sm text-muted">{t("noGroups")}</p>
        ) : (
          <GroupForm programId={program.id} version={program.version} options={options} selected={selected} canOverride={canOverride} />
        )}
      </CardBody>
    </Card>
  );
}
