// Russian company requisites checked by their check digits: INN (10/12), KPP, OGRN (13) and OGRNIP (15).
const digitsOf = (value: string) => Array.from(value, Number);

function weightedCheck(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return false;
  const d = digitsOf(inn);
  if (inn.length === 10) return weightedCheck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return (
    weightedCheck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    weightedCheck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  );
}

export function isValidKpp(kpp: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);
}

/** OGRN (13 digits, legal entity) or OGRNIP (15 digits, sole proprietor). */
export function isValidOgrn(ogrn: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(ogrn)) return false;
  const body = BigInt(ogrn.slice(0, -1));
  const modulus = ogrn.length === 13 ? 11n : 13n;
  return Number((body % modulus) % 10n) === Number(ogrn.at(-1));
}

/** Completes a 10-digit INN from its first nine digits (factories and seed use it). */
export function withInnCheckDigit(nineDigits: string): string {
  return nineDigits + weightedCheck(digitsOf(nineDigits), [2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/** Completes a 13-digit OGRN from its first twelve digits. */
export function withOgrnCheckDigit(twelveDigits: string): string {
  return twelveDigits + String((BigInt(twelveDigits) % 11n) % 10n);
}
