/**
 * Removes a name from text meant for someone who may not learn it: the full name and each part of
 * it (three letters or more), whole words, case-insensitive. Used on the complaint's narrative
 * before it goes into a letter to the CCM when the complainant's identity is withheld.
 */
export function redactName(text: string, name: string | null | undefined, replacement = "[the complainant]"): string {
  if (!name) return text;
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = [name.trim(), ...name.split(/\s+/)].filter((part) => part.length >= 3);
  let out = text;
  for (const part of [...new Set(parts)].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, "giu"), replacement);
  }
  return out;
}
