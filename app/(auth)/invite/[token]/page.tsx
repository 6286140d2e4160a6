// The page of a staff invitation link: set a password while the link is valid; an expired or used link says so plainly.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { invitationByToken } from "@/server/staff/invitations.service";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { buttonClass } from "@/app/_components/ui/button";
import { ActionForm } from "@/app/(office)/office/groups/_lib/action-form";
import { acceptInvitationAction } from "./actions";

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staffAdmin.invite");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function InvitationPage({ params }: Params) {
  await connection();
  const { token } = await params;
  const [invitation, t] = await Promise.all([invitationByToken(token), getTranslations("staffAdmin.invite")]);
  const signIn = t("signIn");

  if (invitation.state !== "valid") {
    return (
      <Card>
        <div data-testid={`invite-${invitation.state}`}>
          <CardHeader title={t(`states.${invitation.state}.title`)} headingLevel="h2" />
          <CardBody className="space-y-4">
            <p className="text-sm text-ink-soft">{t(`states.${invitation.state}.body`)}</p>
            <Link href="/sign-in" className={buttonClass("secondary")}>
              {signIn}
            </Link>
          </CardBody>
        </div>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader title={t("title")} headingLevel="h2" />
      <CardBody className="space-y-4">
        <p className="text-sm text-ink-soft">{t("intro", { firm: invitation.firmName ?? "", name: invitation.name ?? "", email: invitation.email ?? "" })}</p>
        <ActionForm
          action={acceptInvitationAction}
          hidden={{ token }}
          testId="invite-accept-form"
          idPrefix="invite"
          fields={[
            { name: "password", label: t("password"), type: "password", required: true, autoComplete: "new-password", maxLength: 200 },
            { name: "confirm", label: t("confirm"), type: "password", required: true, autoComplete: "new-password", maxLength: 200 },
          ]}
          submitLabel={t("submit")}
          pendingLabel={t("pending")}
        />
      </CardBody>
    </Card>
  );
}
