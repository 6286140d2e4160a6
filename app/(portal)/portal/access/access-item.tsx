"use client";
// One login of the person: application link, login, password hidden until "Show" (a server action), copy, "does not work".
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { idleState } from "../_lib/form-state";
import { PendingButton } from "../_shell/pending-button";
import { reportBrokenAction, requestFreshCodeAction, revealAction, type RevealState } from "./actions";

type Props = { index: number; clientId: string; access: { id: string; application: string; url: string; login: string }; canView: boolean };

export function AccessItem({ index, clientId, access, canView }: Props) {
  const t = useTranslations("portal.access");
  const [revealed, reveal] = useActionState(revealAction, { ...idleState, password: null } satisfies RevealState);
  const [broken, report] = useActionState(reportBrokenAction, idleState);
  const [hidden, setHidden] = useState(false);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const password = hidden ? null : revealed.password;
  const ids = { clientId, accessId: access.id };

  async function copyPassword() {
    if (!revealed.password) return;
    try {
      await navigator.clipboard.writeText(revealed.password);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <li className="space-y-3 px-5 py-4" data-testid={`access-item-${index}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-ink">{access.application}</h2>
        <a href={access.url} target="_blank" rel="noopener noreferrer" className={buttonClass("secondary", "sm")}>
          {t("open", { application: access.application })}
          <span aria-hidden="true">↗</span>
        </a>
      </div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium tracking-wide text-muted uppercase">{t("login")}</dt>
          <dd className="mt-1 font-mono text-sm break-all text-ink">{access.login}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-muted uppercase">{t("password")}</dt>
          <dd className="mt-1 text-sm text-ink">
            {password ? (
              <code data-testid={`access-password-${index}`} className="font-mono break-all">{password}</code>
            ) : (
              <span className="text-muted">{t("hidden")}</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="flex flex-wrap items-start gap-2">
        {canView && !password ? (
          <form action={reveal} onSubmit={() => { setHidden(false); setCopy("idle"); }}>
            <HiddenIds {...ids} />
            <PendingButton testId={`access-reveal-${index}`} pendingLabel={t("showing")}>{t("show")}</PendingButton>
          </form>
        ) : null}
        {password ? (
          <>
            <Button variant="secondary" onClick={copyPassword} data-testid={`access-copy-${index}`}>{copy === "copied" ? t("copied") : t("copy")}</Button>
            <Button variant="quiet" onClick={() => setHidden(true)}>{t("hide")}</Button>
          </>
        ) : null}
        <form action={report}>
          <HiddenIds {...ids} />
          <PendingButton testId={`access-broken-${index}`} pendingLabel={t("brokenPending")}>{t("broken")}</PendingButton>
        </form>
      </div>
      <p role="status" className="text-sm text-muted">{copy === "failed" ? t("copyFailed") : broken.status === "ok" ? broken.message : null}</p>
      {revealed.status === "error" ? (
        <ErrorAlert>
          <p>{revealed.message}</p>
          {revealed.needsFreshSignIn ? (
            <form action={requestFreshCodeAction} className="mt-2">
              <PendingButton testId="access-fresh-code" pendingLabel={t("freshPending")}>{t("freshButton")}</PendingButton>
            </form>
          ) : null}
        </ErrorAlert>
      ) : null}
      {broken.status === "error" ? <ErrorAlert>{broken.message}</ErrorAlert> : null}
    </li>
  );
}

function HiddenIds({ clientId, accessId }: { clientId: string; accessId: string }) {
  return (
    <>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="accessId" value={accessId} />
    </>
  );
}
