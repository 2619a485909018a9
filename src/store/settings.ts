/** Instance-wide settings that must survive restarts and be the same on every instance. Never secrets (src/secrets.ts). */
import type { PrismaClient } from './database';

const isUniqueViolation = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';

/** Where earlier versions kept secrets in the database; removed at every start. */
export const LEGACY_SECRET_SETTINGS = ['directline.signingKey', 'digest.pseudonymSecret'] as const;

/** Key-value settings in the Setting table. */
export class SettingsStore {
  constructor(private readonly prisma: PrismaClient) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.prisma.setting.findUnique({ where: { key } });
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  /** Deletes secrets an earlier version stored here; returns how many rows were removed. */
  async removeLegacySecrets(): Promise<number> {
    const { count } = await this.prisma.setting.deleteMany({ where: { key: { in: [...LEGACY_SECRET_SETTINGS] } } });
    return count;
  }

  /**
   * The stored value, or a new one from `make` stored now. When several instances start together,
   * exactly one value wins and every instance gets that one.
   */
  async getOrCreate(key: string, make: () => string | Promise<string>): Promise<string> {
    const existing = await this.get(key);
    if (existing !== undefined) return existing;
    const value = await make();
    try {
      await this.prisma.setting.create({ data: { key, value } });
      return value;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await this.get(key);
      if (winner === undefined) throw err;
      return winner;
    }
  }
}
