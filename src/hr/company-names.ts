/** Company names close to a typed one ("Muster AG" → "Muster Technik AG"), for an operator's typo. Pure. */
import { natural } from '../nlu/natural';

const LEGAL_FORMS = /\b(ag|gmbh|sa|kg|se|ug|co|eg)\b\.?/g;

function bare(name: string): string {
  return name.toLowerCase().normalize('NFC').replace(LEGAL_FORMS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Up to `limit` names similar to `typed`, most similar first. */
export function closeNames(typed: string, names: readonly string[], limit = 5): string[] {
  const wanted = bare(typed);
  if (!wanted) return [];
  return names
    .map((name) => {
      const other = bare(name);
      const contains = other.includes(wanted) || (other.length > 2 && wanted.includes(other));
      return { name, score: contains ? 1 : natural.JaroWinklerDistance(wanted, other) };
    })
    .filter((c) => c.score >= 0.85)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}
