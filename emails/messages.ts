// User-facing strings of every email template, in Russian (default) and English.
export const emailLocales = ["ru", "en"] as const;
export type EmailLocale = (typeof emailLocales)[number];

/** Russian plural form for a count: 1 минуту, 2 минуты, 5 минут. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const ru = {
  layout: {
    product: "Бухобслуживание · Онбординг",
    linkFallback: "Если кнопка не работает, скопируйте ссылку в адресную строку браузера:",
    footer: "Это письмо отправлено автоматически, отвечать на него не нужно.",
  },
  magicLink: {
    subject: "Ссылка для входа — Бухобслуживание · Онбординг",
    heading: "Вход в систему",
    intro: "Чтобы войти, нажмите кнопку ниже. Ссылка одноразовая.",
    button: "Войти",
    code: "Если вы откроете ссылку на другом устройстве, введите на нём этот код:",
    expires: (n: number) => `Ссылка действует ${n} ${ruPlural(n, "минуту", "минуты", "минут")}.`,
    ignore: "Если вы не запрашивали вход, просто проигнорируйте это письмо.",
  },
  invitation: {
    subject: (firm: string) => `${firm} приглашает вас в клиентский портал`,
    greeting: (person: string) => `Здравствуйте, ${person}!`,
    intro: (firm: string, client: string) =>
      `${firm} приглашает вас в клиентский портал как уполномоченное лицо компании ${client}.`,
    portal: "В портале видно, как идёт подключение к бухгалтерскому обслуживанию, ваши задачи и доступы к облачным приложениям 1С.",
    button: "Войти в портал",
    howTo: "Для входа укажите этот адрес электронной почты — мы пришлём одноразовую ссылку.",
  },
  connectionNotice: {
    subject: (client: string) => `Подключение завершено: ${client}`,
    heading: "Подключение завершено",
    intro: (firm: string, client: string) =>
      `Программа перехода компании ${client} выполнена: с этого дня бухгалтерию ведёт рабочая группа ${firm}.`,
    access: "Ссылки на облачные приложения 1С и данные для входа уполномоченных лиц ждут вас в клиентском портале. По электронной почте мы их не отправляем.",
    button: "Открыть портал",
  },
  refusal: {
    outsourcer: {
      subject: (client: string) => `Решение по обслуживанию компании ${client}`,
      heading: "Благодарим за интерес к нашим услугам",
      intro: (firm: string, client: string) =>
        `К сожалению, ${firm} не может принять компанию ${client} на бухгалтерское обслуживание.`,
      reason: "Причина:",
      closing: "Спасибо за время, уделённое экспресс-аудиту и переговорам. Если обстоятельства изменятся, мы будем рады вернуться к разговору.",
    },
    client: {
      subject: (client: string) => `Мы получили ваше решение: ${client}`,
      heading: "Спасибо, что рассматривали нас",
      intro: (firm: string, client: string) =>
        `Мы получили решение компании ${client} не переходить на обслуживание в ${firm}. Программа перехода остановлена.`,
      reason: "Указанная причина:",
      closing: "Спасибо за уделённое время. Если вы решите вернуться к этому вопросу, мы будем рады помочь.",
    },
  },
  notification: {
    button: "Открыть портал",
    footer: "Вы получили это уведомление как пользователь клиентского портала.",
  },
  staffInvitation: {
    subject: (firm: string) => `${firm} приглашает вас в бэк-офис`,
    greeting: (person: string) => `Здравствуйте, ${person}!`,
    intro: (firm: string, role: string) => `${firm} приглашает вас в бэк-офис сервиса онбординга клиентов. Ваша роль: ${role}.`,
    setPassword: "Чтобы начать работу, откройте ссылку ниже и завершите регистрацию, а затем войдите со своим адресом электронной почты.",
    button: "Завершить регистрацию",
    expires: (n: number) => `Ссылка действует ${n} ${ruPlural(n, "день", "дня", "дней")} и работает один раз.`,
    ignore: "Если вы не ждали этого приглашения, просто проигнорируйте письмо.",
    roles: { ADMIN: "директор", MANAGER: "менеджер", CHIEF_ACCOUNTANT: "главный бухгалтер", ACCOUNTANT: "бухгалтер", OPERATOR: "оператор по вводу данных" },
  },
};

export type EmailMessages = typeof ru;

const en: EmailMessages = {
  layout: {
    product: "Accounting outsourcing · Onboarding",
    linkFallback: "If the button does not work, copy this link into your browser's address bar:",
    footer: "This email was sent automatically; there is no need to reply.",
  },
  magicLink: {
    subject: "Your sign-in link — Accounting outsourcing · Onboarding",
    heading: "Sign in",
    intro: "Press the button below to sign in. The link works once.",
    button: "Sign in",
    code: "If you open the link on another device, enter this code there:",
    expires: (n: number) => `The link expires in ${n} ${n === 1 ? "minute" : "minutes"}.`,
    ignore: "If you did not ask to sign in, simply ignore this email.",
  },
  invitation: {
    subject: (firm: string) => `${firm} invites you to the client portal`,
    greeting: (person: string) => `Hello, ${person}!`,
    intro: (firm: string, client: string) =>
      `${firm} invites you to the client portal as an authorized person of ${client}.`,
    portal: "The portal shows how the onboarding to accounting services is going, your tasks and your access to the 1C cloud applications.",
    button: "Open the portal",
    howTo: "To sign in, enter this email address and we will send you a one-time link.",
  },
  connectionNotice: {
    subject: (client: string) => `Onboarding complete: ${client}`,
    heading: "Onboarding complete",
    intro: (firm: string, client: string) =>
      `The transition program of ${client} is complete: from today the working group of ${firm} keeps your books.`,
    access: "Links to your 1C cloud applications and the sign-in details of your authorized persons are waiting in the client portal. We never send them by email.",
    button: "Open the portal",
  },
  refusal: {
    outsourcer: {
      subject: (client: string) => `Our decision regarding ${client}`,
      heading: "Thank you for your interest in our services",
      intro: (firm: string, client: string) =>
        `Unfortunately, ${firm} is unable to take ${client} on for accounting services.`,
      reason: "Reason:",
      closing: "Thank you for the time you gave to the express audit and our talks. Should circumstances change, we would be glad to talk again.",
    },
    client: {
      subject: (client: string) => `We have received your decision: ${client}`,
      heading: "Thank you for considering us",
      intro: (firm: string, client: string) =>
        `We have received the decision of ${client} not to move to ${firm}. The transition program has been stopped.`,
      reason: "The reason given:",
      closing: "Thank you for your time. Should you wish to return to this, we will be glad to help.",
    },
  },
  notification: {
    button: "Open the portal",
    footer: "You received this notification as a user of the client portal.",
  },
  staffInvitation: {
    subject: (firm: string) => `${firm} invites you to the back office`,
    greeting: (person: string) => `Hello, ${person}!`,
    intro: (firm: string, role: string) => `${firm} invites you to the back office of the client onboarding service. Your role: ${role}.`,
    setPassword: "To get started, open the link below and complete your sign-up, then sign in with your email address.",
    button: "Complete sign-up",
    expires: (n: number) => `The link is valid for ${n} ${n === 1 ? "day" : "days"} and works once.`,
    ignore: "If you did not expect this invitation, simply ignore this email.",
    roles: { ADMIN: "director", MANAGER: "manager", CHIEF_ACCOUNTANT: "chief accountant", ACCOUNTANT: "accountant", OPERATOR: "data-entry operator" },
  },
};

export const emailMessages: Record<EmailLocale, EmailMessages> = { ru, en };
