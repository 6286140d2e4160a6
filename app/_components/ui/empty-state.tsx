// What a list or section shows when there is nothing in it yet: a calm explanation, optionally an action.
import type { ReactNode } from "react";

type EmptyStateProps = { title: ReactNode; body?: ReactNode; action?: ReactNode };

export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center px-6 py-12 text-center">
      <div aria-hidden="true" className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-600">
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" className="size-6">
          <path d="M4 7.5 12 4l8 3.5v9L12 20l-8-3.5v-9Z" strokeLinejoin="round" />
          <path d="M4 7.5 12 11l8-3.5M12 11v9" strokeLinejoin="round" />
        </svg>
      </div>
      <p className="text-base font-semibold text-ink">{title}</p>
      {body ? <p className="mt-1 max-w-md text-sm text-muted">{body}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
