// 404 inside the portal shell (a missing record, or a page this person may not see).
import { NotFoundContent } from "@/app/_components/not-found-content";

export default function PortalNotFound() {
  return <NotFoundContent homeHref="/portal" />;
}
