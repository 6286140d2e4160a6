// Admin outbox message: delivery details and the rendered e-mail in a sandboxed frame; 404 outside the firm.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { orNotFound } from "@/app/_components/not-found-errors";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/app/_components/ui/description-list";
import { PageHeader } from "@/app/_components/ui/page-header";
import { EmailStatusBadge } from "../email-status-badge";
import { requireOutboxReader } from "../require-outbox-reader";
import { EmailPreview } from "./email-preview";

type Params = Promise<{ id: string }>;

/** One read per request, shared by the metadata and the page. */
const getMessage = cache(async (id: string) => {
  if (id.length > 64) notFound();
  await requireOutboxReader(`/office/outbox/${encodeURIComponent(id)}`);
  return orNotFound((await serverApi()).office.outbox.get({ id }));
});

async function loadMessage(params: Params) {
  await connection();
  return getMessage((await params).id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const message = await loadMessage(params);
  return { title: message.subject };
}

export default async function OutboxMessagePage({ params }: { params: Params }) {
  const message = await loadMessage(params);
  const [t, format] = await Promise.all([getTranslations("office.outbox"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  const items: DescriptionItem[] = [
    { label: t("columns.recipient"), value: message.recipient },
    { label: t("columns.template"), value: <span className="font-mono text-xs">{message.template}</span> },
    { label: t("locale"), value: message.locale.toUpperCase() },
    { label: t("columns.status"), value: <EmailStatusBadge status={message.status} /> },
    { label: t("columns.attempts"), value: format.number(message.attempts) },
    { label: t("columns.createdAt"), value: when(message.createdAt) },
  ];
  if (message.sentAt) items.push({ label: t("sentAt"), value: when(message.sentAt) });
  if (message.status === "PENDING") items.push({ label: t("nextAttemptAt"), value: when(message.nextAttemptAt) });
  if (message.providerId) items.push({ label: t("providerId"), value: <span className="font-mono text-xs">{message.providerId}</span> });
  if (message.lastError) items.push({ label: t("lastError"), value: <span className="font-mono text-xs text-danger-700">{message.lastError}</span> });

  return (
    <>
      <PageHeader title={message.subject} back={{ href: "/office/outbox", label: t("backToList") }} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("details")} />
          <CardBody>
            <DescriptionList items={items} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("preview")} />
          {message.html ? (
            <EmailPreview html={message.html} title={t("previewTitle", { subject: message.subject })} />
          ) : (
            <CardBody>
              <p className="text-sm text-muted">{message.hidden === "secret" ? t("hiddenSecret") : t("hiddenUnrenderable")}</p>
            </CardBody>
          )}
        </Card>
        {message.text ? (
          <Card>
            <details>
              <summary className="cursor-pointer px-5 py-4 text-base font-semibold text-ink">{t("plainText")}</summary>
              <pre className="overflow-x-auto border-t border-line px-5 py-4 font-mono text-xs whitespace-pre-wrap text-ink-soft">{message.text}</pre>
            </details>
          </Card>
        ) : null}
      </div>
    </>
  );
}
