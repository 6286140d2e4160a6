"use client";
// Office navigation links with the current section highlighted (sidebar and mobile menu share it).
import { Link } from "@/app/_components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_components/ui/cn";
import type { NavItem } from "./nav-items";

export type LabelledNavItem = NavItem & { label: string };

type OfficeNavProps = { items: LabelledNavItem[]; label: string; variant: "sidebar" | "menu"; onNavigate?: () => void };

function isCurrent(pathname: string, item: NavItem): boolean {
  return item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
}

export function OfficeNav({ items, label, variant, onNavigate }: OfficeNavProps) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="space-y-0.5">
        {items.map((item) => {
          const current = isCurrent(pathname, item);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                onClick={onNavigate}
                className={cn(
                  "flex items-center rounded-md px-3 py-2 text-sm font-medium transition-colors",
                  variant === "sidebar"
                    ? current
                      ? "bg-white/12 text-white"
                      : "text-brand-100 hover:bg-white/6 hover:text-white"
                    : current
                      ? "bg-brand-50 text-brand-800"
                      : "text-ink-soft hover:bg-canvas hover:text-ink",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
