"use client";
// Generic error boundary of the app: a calm message and a retry, never a stack trace.
import { ErrorContent } from "./_components/error-content";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <ErrorContent error={error} retry={retry} homeHref="/" />
    </main>
  );
}
