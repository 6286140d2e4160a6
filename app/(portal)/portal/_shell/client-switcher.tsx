"use client";
// Chooses which of the person's clients the portal shows; submits on change (with a submit button when JavaScript is off).
import { useRef } from "react";
import { Select } from "@/app/_components/ui/field";
import { buttonClass } from "@/app/_components/ui/button";
import { selectPortalClient } from "./actions";

type ClientSwitcherProps = {
  clients: Array<{ clientId: string; clientName: string }>;
  currentId: string;
  label: string;
  applyLabel: string;
};

export function ClientSwitcher({ clients, currentId, label, applyLabel }: ClientSwitcherProps) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={selectPortalClient} data-testid="portal-client-switch" className="flex min-w-0 items-center gap-2">
      <label htmlFor="portal-client" className="sr-only">
        {label}
      </label>
      <Select
        id="portal-client"
        name="clientId"
        defaultValue={currentId}
        onChange={() => formRef.current?.requestSubmit()}
        controlSize="sm"
        className="max-w-[14rem] min-w-0 truncate sm:max-w-xs"
      >
        {clients.map((client) => (
          <option key={client.clientId} value={client.clientId}>
            {client.clientName}
          </option>
        ))}
      </Select>
      <noscript>
        <button type="submit" className={buttonClass("secondary", "sm")}>
          {applyLabel}
        </button>
      </noscript>
    </form>
  );
}
