// The shape of the benchmark data: stage mix, names, the 10-task template and a seeded random generator.
import type { ClientStage, TaskRole } from "@/server/generated/prisma/enums";

/** Deterministic pseudo-random numbers (mulberry32), so two seeds of the same size look alike. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stage by position: 15% leads, 10% in audit, 25% in transition, 45% connected, 5% refused. */
export function stageOf(index: number): ClientStage {
  const slot = index % 20;
  if (slot < 3) return "LEAD";
  if (slot < 5) return "AUDIT";
  if (slot < 10) return "TRANSITION";
  if (slot < 19) return "CONNECTED";
  return "REFUSED";
}

const FORMS = ["ООО", "ООО", "ООО", "АО", "ИП"];
const ROOTS = ["Север", "Вектор", "Альфа", "Гранит", "Лотос", "Меридиан", "Орион", "Полюс", "Ростра", "Сигма", "Тайга", "Урал", "Фарватер", "Эталон", "Ясень", "Балтика", "Волга", "Деметра", "Зенит", "Кедр"];
const TAILS = ["строй", "торг", "сервис", "логистик", "пром", "агро", "мед", "софт", "инвест", "трейд"];

/** A realistic company name; the trailing number keeps names distinct at any scale. */
export function clientName(index: number, random: () => number): string {
  const form = FORMS[Math.floor(random() * FORMS.length)]!;
  const name = `${ROOTS[Math.floor(random() * ROOTS.length)]}${TAILS[Math.floor(random() * TAILS.length)]} ${index + 1}`;
  return form === "ИП" ? `ИП «${name}»` : `${form} «${name}»`;
}

export type TaskSeed = { title: string; responsibleRole: TaskRole; dayOffset: number; kind: string | null };

/** The 10-task program template of the benchmark firm (also the template of the generation micro-benchmark). */
export const TEN_TASKS: TaskSeed[] = [
  { title: "Подписание договора", responsibleRole: "CLIENT", dayOffset: 0, kind: "contract" },
  { title: "Запрос базы 1С у прежнего бухгалтера", responsibleRole: "MANAGER", dayOffset: 0, kind: null },
  { title: "Подключение к электронной отчетности", responsibleRole: "ACCOUNTANT", dayOffset: 1, kind: null },
  { title: "Подготовка хранилища документов", responsibleRole: "OPERATOR", dayOffset: 1, kind: null },
  { title: "Перенос остатков", responsibleRole: "CHIEF_ACCOUNTANT", dayOffset: 2, kind: null },
  { title: "Загрузка банковских выписок", responsibleRole: "OPERATOR", dayOffset: 3, kind: null },
  { title: "Загрузка первичных документов", responsibleRole: "OPERATOR", dayOffset: 4, kind: null },
  { title: "Настройка учета заработной платы", responsibleRole: "CHIEF_ACCOUNTANT", dayOffset: 4, kind: null },
  { title: "Сверка с налоговой", responsibleRole: "ACCOUNTANT", dayOffset: 5, kind: null },
  { title: "Назначение уполномоченных лиц клиента", responsibleRole: "CLIENT", dayOffset: 6, kind: "authorized-persons" },
];

export const AUDIT_ITEMS = ["Учетная политика", "Сверка с ФНС", "Кадровые документы"];
