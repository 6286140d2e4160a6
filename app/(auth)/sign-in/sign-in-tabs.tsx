"use client";
// Two tabs (staff / client portal). Tabs are links, so switching also works without JavaScript.
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";
import type { Audience } from "./next-path";

type Tab = { id: Audience; label: string; href: string; panel: ReactNode };
type SignInTabsProps = { label: string; initial: Audience; tabs: [Tab, Tab] };

export function SignInTabs({ label, initial, tabs }: SignInTabsProps) {
  const [active, setActive] = useState<Audience>(initial);
  const tabRefs = useRef<Record<string, HTMLAnchorElement | null>>({});

  function select(tab: Tab, focus = false) {
    setActive(tab.id);
    window.history.replaceState(null, "", tab.href);
    if (focus) tabRefs.current[tab.id]?.focus();
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>, tab: Tab) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    select(tab);
  }

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const other = tabs[(index + 1) % tabs.length];
    if (other) select(other, true);
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1">
        {tabs.map((tab, index) => {
          const selected = tab.id === active;
          return (
            <a
              key={tab.id}
              ref={(node) => {
                tabRefs.current[tab.id] = node;
              }}
              id={`sign-in-tab-${tab.id}`}
              href={tab.href}
              role="tab"
              aria-selected={selected}
              aria-controls={`sign-in-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              data-testid={`sign-in-tab-${tab.id}`}
              onClick={(event) => onClick(event, tab)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={cn(
                "flex min-h-9 items-center justify-center rounded-md px-2 py-1 text-center text-[0.8125rem] leading-tight font-medium transition-colors sm:text-sm",
                selected ? "bg-surface text-ink shadow-sm" : "text-muted hover:text-ink",
              )}
            >
              {tab.label}
            </a>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`sign-in-panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`sign-in-tab-${tab.id}`}
          hidden={tab.id !== active}
          className="pt-6"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
