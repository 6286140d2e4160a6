// The sign-out button: a form posting to the sign-out server action.
import { getTranslations } from "@/app/_i18n/server";
import { signOutAction } from "@/app/_components/session-actions";
import { buttonClass } from "./button";
import { cn } from "./cn";

export async function SignOutButton({ inverted = false }: { inverted?: boolean }) {
  const t = await getTranslations("auth");
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        data-testid="sign-out"
        className={inverted ? cn(buttonClass("quiet", "sm"), "text-brand-100 hover:bg-white/10 hover:text-white") : buttonClass("secondary", "sm")}
      >
        {t("signOut")}
      </button>
    </form>
  );
}
