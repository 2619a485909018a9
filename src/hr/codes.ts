/** Invite codes: short, unambiguous to read aloud or type ("ABCD-2345"). */
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read from e-mails and typed on phones. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh random code of two groups of four characters. */
export function newInviteCode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}`;
}

/** The canonical form of a typed code ("abcd 2345" → "ABCD-2345"); undefined when it cannot be one. */
export function normalizeInviteCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(compact)) return undefined;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
