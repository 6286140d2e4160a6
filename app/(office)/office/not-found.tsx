// 404 inside the office shell (a missing record, or a page this person may not see).
import { NotFoundContent } from "@/app/_components/not-found-content";

export default function OfficeNotFound() {
  return <NotFoundContent homeHref="/office" />;
}
