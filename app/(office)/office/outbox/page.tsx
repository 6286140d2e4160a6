// Admin outbox: every e-mail the system sent for the firm, newest first, with cursor pagination (?cursor=).
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { EmailStatusBadge } from "./email-status-badge";
import { requireOutboxReader } from "./require-outbox-reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.outbox");
  return { title: t("metaTitle") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  await requireOutboxReader("/office/outbox");
  const cursor = firstParam(await searchParams, "cursor", 64);
  const [page, t, format] = await Promise.all([
    (await serverApi()).office.outbox.list({ cursor }),
    getTranslations("office.outbox"),
    getFormatter(),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card>
        {page.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("columns.recipient")}</Th>
                <Th>{t("columns.subject")}</Th>
                <Th>{t("columns.template")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th className="text-right">{t("columns.attempts")}</Th>
                <Th>{t("columns.createdAt")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((message) => (
                <Tr key={message.id} data-testid="outbox-row">
                  <Td className="break-all">{message.recipient}</Td>
                  <Td className="min-w-56">
                    <Link href={`/office/outbox/${message.id}`} className="font-medium text-brand-700 hover:text-brand-900 hover:underline">
                      {message.subject}
                    </Link>
                  </Td>
                  <Td className="font-mono text-xs">{message.template}</Td>
                  <Td>
                    <EmailStatusBadge status={message.status} />
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(message.attempts)}</Td>
                  <Td className="whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/office/outbox" params={{}} nextCursor={page.nextCursor} isFirstPage={!cursor} />
      </Card>
    </>
  );
}
