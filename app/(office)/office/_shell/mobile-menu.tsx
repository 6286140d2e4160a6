"use client";
// Under 768 px the sidebar becomes a menu button in the top bar that opens the navigation below it.
import { useState, type ReactNode } from "react";
import { OfficeNav, type LabelledNavItem } from "./office-nav";

type MobileMenuProps = { items: LabelledNavItem[]; navLabel: string; openLabel: string; closeLabel: string; header: ReactNode };

export function MobileMenu({ items, navLabel, openLabel, closeLabel, header }: MobileMenuProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="office-mobile-menu"
        aria-label={open ? closeLabel : openLabel}
        onClick={() => setOpen((value) => !value)}
        className="flex size-9 items-center justify-center rounded-md text-ink-soft hover:bg-canvas hover:text-ink"
      >
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true" className="size-5">
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
      </button>
      {open ? (
        <div id="office-mobile-menu" className="absolute inset-x-0 top-full border-b border-line bg-surface px-4 pt-3 pb-4 shadow-card">
          <div className="mb-3 border-b border-line pb-3">{header}</div>
          <OfficeNav items={items} label={navLabel} variant="menu" onNavigate={() => setOpen(false)} />
        </div>
      ) : null}
    </div>
  );
}
