"use client";
// The activity lines of a client, with a "show more" button that appends older pages.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { loadMoreActivity } from "./activity-actions";
import type { ActivityLine } from "./activity-format";

export function ActivityList({ clientId, initial, initialCursor }: { clientId: string; initial: ActivityLine[]; initialCursor: string | null }) {
  const t = useTranslations("activity");
  const [lines, setLines] = useState(initial);
  const [cursor, setCursor] = useState(initialCursor);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  const more = () =>
    startTransition(async () => {
      if (!cursor) return;
      const page = await loadMoreActivity(clientId, cursor);
      setFailed(!page);
      if (!page) return;
      setLines((current) => [...current, ...page.lines.filter((line) => !current.some((c) => c.id === line.id))]);
      setCursor(page.nextCursor);
    });

  return (
    <>
      <ol data-testid="activity-list" className="divide-y divide-line">
        {lines.map((line) => (
          <li key={line.id} data-testid="activity-item" className="grid gap-1 px-5 py-3 sm:grid-cols-[12rem_minmax(0,1fr)_11rem] sm:gap-4">
            <span className="text-sm font-medium text-ink">{line.who}</span>
            <span className="text-sm text-ink-soft">{line.what}</span>
            <time dateTime={line.iso} title={line.absolute} className="text-xs text-muted sm:text-right">
              {line.relative}
              <span className="block tabular-nums">{line.absolute}</span>
            </time>
          </li>
        ))}
      </ol>
      {cursor ? (
        <div className="border-t border-line px-5 py-3">
          <Button variant="quiet" size="sm" onClick={more} disabled={pending} data-testid="activity-more">
            {pending ? t("loading") : t("loadMore")}
          </Button>
          {failed ? (
            <p role="alert" className="mt-1 text-sm text-danger-700">
              {t("loadFailed")}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
