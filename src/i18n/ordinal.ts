/** `1st`, `2nd`, `3rd`, `11th`, `22nd`: an English ordinal number (CLDR's English ordinal rules). */
export function englishOrdinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
