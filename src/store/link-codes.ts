/**
 * One-time codes that let a person continue on another channel with the same profile
 * (web chat → Telegram deep link, or a code typed into the web chat). Single use, expiring.
 */
import { randomInt } from 'node:crypto';
import type { PrismaClient } from './database';

/** Letters and digits that cannot be confused when typed (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 10 characters of a 31-letter alphabet ≈ 49 bits: unguessable within a code's short life. */
const CODE_LENGTH = 10;

/**
 * A fresh random link code (also valid as a Telegram deep-link payload: A-Z, 0-9). It always
 * holds a digit: a code typed as a first message is told from a word by its digits, and one in
 * twenty all-letter codes would otherwise not be recognised.
 */
export function newLinkCode(): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    if (/\d/.test(code)) return code;
  }
}

/** Normalizes a code as a person may type it ("abcd efgh-23" → "ABCDEFGH23"). */
export function normalizeLinkCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** The LinkCode table. */
export class LinkCodeStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a single-use code for a person, valid for ttlMs. */
  async create(personId: string, ttlMs: number): Promise<{ code: string; expiresAt: Date }> {
    const expiresAt = new Date(this.now().getTime() + ttlMs);
    const code = newLinkCode();
    await this.prisma.linkCode.create({ data: { code, personId, expiresAt } });
    return { code, expiresAt };
  }

  /**
   * Uses a code: the conditional update succeeds for exactly one caller, and only while the code is
   * unused and unexpired. Returns the person id, or undefined for an unknown, used or expired code.
   */
  async redeem(input: string): Promise<string | undefined> {
    const code = normalizeLinkCode(input);
    if (!/^[A-Z0-9]{4,64}$/.test(code)) return undefined;
    const now = this.now();
    const { count } = await this.prisma.linkCode.updateMany({
      where: { code, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return undefined;
    const row = await this.prisma.linkCode.findUnique({ where: { code }, select: { personId: true } });
    return row?.personId;
  }

  /** Removes codes that expired or were used before `olderThan`; returns how many. */
  async prune(olderThan: Date = this.now()): Promise<number> {
    const { count } = await this.prisma.linkCode.deleteMany({
      where: { OR: [{ expiresAt: { lt: olderThan } }, { usedAt: { lt: olderThan } }] },
    });
    return count;
  }
}
