/** "Nguyễn Văn An" → "N. V. A.": enough for the desk to tell dossiers apart, not enough to name anyone. */
export function maskName(name: string): string | null {
  const initials = name.normalize('NFC').trim().split(/\s+/).filter(Boolean).map((word) => `${[...word][0].toLocaleUpperCase('vi')}.`);
  return initials.length > 0 ? initials.join(' ').slice(0, 60) : null;
}
