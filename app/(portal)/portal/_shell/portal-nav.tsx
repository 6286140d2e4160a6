"use client";
// The portal's sections (home, to-dos with a count, access, notifications); the current one is marked for screen readers.
import { Link } from "@/app/_components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_components/ui/cn";

export type PortalNavItem = { href: string; label: string; count?: number; countLabel?: string; testId: string };

export function PortalNav({ label, items }: { label: string; items: PortalNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 px-1">
        {items.map((item) => {
          const current = item.href === "/portal" ? pathname === "/portal" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                data-testid={item.testId}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "relative inline-flex h-9 items-center gap-1.5 rounded-md px-3 text-sm font-medium transition-colors",
                  current ? "bg-brand-50 text-brand-800" : "text-ink-soft hover:bg-canvas hover:text-ink",
                )}
              >
                {item.label}
                {item.count ? (
                  <span className="inline-flex min-w-5 items-center justify-center rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white">
                    <span aria-hidden="true">{item.count}</span>
                    <span className="sr-only">{item.countLabel}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
