"use client";
// Reveals one password after a click (the server logs it), shows it in place with a copy button, and hides it again.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { revealAccessAction } from "./actions";

export function RevealButton({ clientId, accessId, mask }: { clientId: string; accessId: string; mask: string }) {
  const t = useTranslations("cloudAccess");
  const [password, setPassword] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  const reveal = () =>
    startTransition(async () => {
      const result = await revealAccessAction(clientId, accessId);
      setError(result.ok ? null : result.message);
      setPassword(result.ok ? result.password : null);
    });

  const copy = async () => {
    if (!password) return;
    await navigator.clipboard.writeText(password);
    setCopied(true);
  };

  const hide = () => {
    setPassword(null);
    setCopied(false);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <code data-testid="cloud-access-password" className="rounded bg-canvas px-2 py-1 font-mono text-sm break-all text-ink">
        {password ?? <span aria-label={t("password")}>{mask}</span>}
      </code>
      {password ? (
        <>
          <Button size="sm" variant="secondary" onClick={copy} data-testid="cloud-access-copy">
            {copied ? t("copied") : t("copy")}
          </Button>
          <Button size="sm" variant="quiet" onClick={hide}>
            {t("hide")}
          </Button>
          <span className="text-xs text-muted" role="status">
            {t("revealNote")}
          </span>
        </>
      ) : (
        <Button size="sm" variant="secondary" onClick={reveal} disabled={pending} data-testid="cloud-access-reveal">
          {pending ? t("revealing") : t("reveal")}
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-danger-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
