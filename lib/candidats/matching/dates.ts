/** The same day with day and month swapped (12/03 ↔ 03/12), or null when that is no other valid date. */
export function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split("-");
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

/** Every valid date whose YYYYMMDD differs from this one by exactly one digit (a typo in the date). */
export function oneDigitDates(iso: string): string[] {
  const digits = iso.replace(/-/g, "");
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    for (const c of "0123456789") {
      if (c === digits[i]) continue;
      const x = digits.slice(0, i) + c + digits.slice(i + 1);
      const candidate = `${x.slice(0, 4)}-${x.slice(4, 6)}-${x.slice(6)}`;
      const parsed = new Date(`${candidate}T00:00:00Z`);
      if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === candidate && candidate >= "1900-01-01") out.push(candidate);
    }
  }
  return out;
}
