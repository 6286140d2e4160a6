// The 404 page in the visitor's locale, with a way back home.
import type { Metadata } from "next";
import { getTranslations } from "@/app/_i18n/server";
import { NotFoundContent } from "./_components/not-found-content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("metaTitle") };
}

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <NotFoundContent homeHref="/" />
    </main>
  );
}
