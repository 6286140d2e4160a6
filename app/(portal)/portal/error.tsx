"use client";
// Error boundary inside the portal shell: the navigation stays usable.
import { ErrorContent } from "@/app/_components/error-content";

export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} homeHref="/portal" />;
}
