/** The ProfileStore port on the database: profiles exist only after consent, and every change is a real row. */
import { randomUUID } from 'node:crypto';
import type { ChannelIdentity, ConsentKind, ConversationKey, PersonExport, ProfilePatch, ProfileStore } from '../services/ports';
import type { Locale, Profile, ProfileLanguage, ProfileSkill } from '../profile/types';
import type { PrismaClient } from './database';
import type { Person, PersonLanguage, PersonSkill } from './generated/sqlite/client';
import { hotSql } from './hot-sql';
import { deletePersonData, exportPersonData } from './person-data';
import { PROFILE_INCLUDE, patchToRow, toProfile } from './profile-mapping';

/** Thrown for a person id that does not exist (deleted meanwhile, or never consented). */
export class UnknownPersonError extends Error {
  constructor(readonly personId: string) {
    super(`No person with id ${personId}`);
    this.name = 'UnknownPersonError';
  }
}

const isCode = (err: unknown, code: string) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;

/** Person columns SQLite stores as text and integer (plus the account's last use, read alongside). */
const PERSON_TYPES = { dates: ['createdAt', 'updatedAt', 'lastSeenAt', 'accountUsedAt'], booleans: ['jobAlert'] } as const;

/**
 * An identity's last use and a person's last visit are written at most this often: not a write on
 * every turn (retention counts them in months).
 */
const USE_RESOLUTION_MS = 24 * 3600_000;
/** The web channel, whose identities are a random id kept in the browser. */
const WEB_CHANNEL_ID = 'directline';


/** ProfileStore on Prisma (SQLite or PostgreSQL). */
export class PrismaProfileStore implements ProfileStore {
  constructor(private readonly prisma: PrismaClient) {}

  // Every turn looks the person up, so the reads are plain SQL (hot-sql.ts; rows typed like
  // Prisma's): through the model API they cost more than the database work itself.
  /** Also records the use of the identity and the person's visit (each at most once a day). */
  async findByIdentity(identity: ChannelIdentity, at: Date = new Date()): Promise<Profile | undefined> {
    const sql = hotSql(this.prisma);
    const people = await sql.all<Person & { accountId: string; accountUsedAt: Date }>(
      'SELECT p.*, a."id" AS "accountId", a."lastUsedAt" AS "accountUsedAt" FROM "ChannelAccount" a JOIN "Person" p ON p."id" = a."personId" WHERE a."channelId" = ? AND a."channelUserId" = ?',
      [identity.channelId, identity.channelUserId],
      PERSON_TYPES,
    );
    const found = people[0];
    if (!found) return undefined;
    const { accountId, accountUsedAt, ...person } = found;
    if (at.getTime() - accountUsedAt.getTime() >= USE_RESOLUTION_MS) {
      await sql.run('UPDATE "ChannelAccount" SET "lastUsedAt" = ? WHERE "id" = ?', [at, accountId]);
    }
    if (at.getTime() - person.lastSeenAt.getTime() >= USE_RESOLUTION_MS) await this.markSeen(person.id, at);
    return this.withDetails(person);
  }

  /** Records that the person used Lotse (inactive profiles are deleted after RETENTION_INACTIVE_PERSONS). */
  private async markSeen(personId: string, at: Date): Promise<void> {
    // Not through the model API: that would also move updatedAt, which the digest reads as "profile changed".
    await hotSql(this.prisma).run('UPDATE "Person" SET "lastSeenAt" = ? WHERE "id" = ? AND "lastSeenAt" < ?', [at, personId, new Date(at.getTime() - USE_RESOLUTION_MS)]);
  }

  async findById(personId: string): Promise<Profile | undefined> {
    const people = await hotSql(this.prisma).all<Person>('SELECT * FROM "Person" WHERE "id" = ?', [personId], PERSON_TYPES);
    return this.withDetails(people[0]);
  }

  /** The person's skills and languages, in PROFILE_INCLUDE's order, and the Profile. */
  private async withDetails(person: Person | undefined): Promise<Profile | undefined> {
    if (!person) return undefined;
    const sql = hotSql(this.prisma);
    const [skills, languages] = await Promise.all([
      sql.all<PersonSkill>('SELECT * FROM "PersonSkill" WHERE "personId" = ? ORDER BY "createdAt" ASC', [person.id], { dates: ['createdAt'] }),
      sql.all<PersonLanguage>('SELECT * FROM "PersonLanguage" WHERE "personId" = ? ORDER BY "language" ASC', [person.id]),
    ]);
    return toProfile({ ...person, skills, languages });
  }

  /** Person, channel account and consent in one statement; an identity that already has a profile keeps it. */
  async createWithConsent(identity: ChannelIdentity, locale: Locale, consentTextVersion: string): Promise<Profile> {
    try {
      const person = await this.prisma.person.create({
        data: {
          id: randomUUID(),
          locale,
          accounts: { create: { id: randomUUID(), ...identity } },
          consents: { create: { id: randomUUID(), kind: 'profile', granted: true, textVersion: consentTextVersion } },
        },
        include: PROFILE_INCLUDE,
      });
      return toProfile(person);
    } catch (err) {
      if (!isCode(err, 'P2002')) throw err;
      // A second tab or a redelivered update consented at the same moment: use the profile it created.
      const existing = await this.findByIdentity(identity);
      if (!existing) throw err;
      await this.recordConsent(existing.id, 'profile', true, consentTextVersion);
      return existing;
    }
  }

  async update(personId: string, patch: ProfilePatch): Promise<Profile> {
    // Most turns of the profile flow change one field: one plain UPDATE (column names come from
    // patchToRow, never from input) instead of a compiled model query in a transaction.
    const row = Object.entries(patchToRow(patch));
    const sets = [...row.map(([column]) => `"${column}" = ?`), '"profileVersion" = "profileVersion" + 1', '"updatedAt" = ?'];
    const count = await hotSql(this.prisma).run(`UPDATE "Person" SET ${sets.join(', ')} WHERE "id" = ?`, [
      ...row.map(([, value]) => value),
      new Date(),
      personId,
    ]);
    const profile = count === 0 ? undefined : await this.findById(personId);
    if (!profile) throw new UnknownPersonError(personId);
    return profile;
  }

  async upsertSkill(personId: string, skill: ProfileSkill): Promise<void> {
    const fields = { label: skill.label, level: skill.level, source: skill.source ?? null };
    await this.prisma.$transaction([
      this.prisma.personSkill.upsert({
        where: { personId_conceptId: { personId, conceptId: skill.conceptId } },
        create: { id: randomUUID(), personId, conceptId: skill.conceptId, ...fields },
        update: fields,
      }),
      this.touch(personId),
    ]);
  }

  async removeSkill(personId: string, conceptId: string): Promise<void> {
    await this.prisma.$transaction([this.prisma.personSkill.deleteMany({ where: { personId, conceptId } }), this.touch(personId)]);
  }

  async upsertLanguage(personId: string, language: ProfileLanguage): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.personLanguage.upsert({
        where: { personId_language: { personId, language: language.language } },
        create: { personId, ...language },
        update: { level: language.level },
      }),
      this.touch(personId),
    ]);
  }

  async removeLanguage(personId: string, language: string): Promise<void> {
    await this.prisma.$transaction([this.prisma.personLanguage.deleteMany({ where: { personId, language } }), this.touch(personId)]);
  }

  async recordConsent(personId: string, kind: ConsentKind, granted: boolean, textVersion: string): Promise<void> {
    await this.prisma.consent.create({ data: { id: randomUUID(), personId, kind, granted, textVersion } });
  }

  async recordFeedback(personId: string, itemType: 'job' | 'training', itemId: string, verdict: 'saved' | 'rejected'): Promise<void> {
    await this.prisma.feedback.upsert({
      where: { personId_itemType_itemId: { personId, itemType, itemId } },
      create: { personId, itemType, itemId, verdict },
      update: { verdict, createdAt: new Date() },
    });
  }

  async feedbackOf(personId: string): Promise<{ itemType: string; itemId: string; verdict: string }[]> {
    return this.prisma.feedback.findMany({
      where: { personId },
      select: { itemType: true, itemId: true, verdict: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** Links an identity to this person; an identity linked to someone else moves to this person. */
  async linkIdentity(personId: string, identity: ChannelIdentity): Promise<void> {
    await this.prisma.channelAccount.upsert({
      where: { channelId_channelUserId: identity },
      create: { id: randomUUID(), personId, ...identity },
      update: { personId, lastUsedAt: new Date() },
    });
  }

  async unlinkIdentity(identity: ChannelIdentity): Promise<boolean> {
    const [accounts] = await this.prisma.$transaction([
      this.prisma.channelAccount.deleteMany({ where: identity }),
      this.prisma.conversationRef.deleteMany({ where: { ...identity, personId: { not: null } } }),
    ]);
    return accounts.count > 0;
  }

  /**
   * Unlinks web identities (a random id in some browser's storage) unused since `before`: a
   * forgotten browser, or one someone else now uses, no longer opens the profile. The profile
   * stays; the person continues with a one-time code. The browser's chat transcripts go too.
   * Returns how many were unlinked. Called by the retention job.
   */
  async expireIdleWebIdentities(before: Date): Promise<number> {
    const idle = await this.prisma.channelAccount.findMany({
      where: { channelId: WEB_CHANNEL_ID, lastUsedAt: { lt: before } },
      select: { channelUserId: true },
    });
    if (!idle.length) return 0;
    const ids = idle.map((a) => a.channelUserId);
    const [accounts] = await this.prisma.$transaction([
      this.prisma.channelAccount.deleteMany({ where: { channelId: WEB_CHANNEL_ID, channelUserId: { in: ids }, lastUsedAt: { lt: before } } }),
      this.prisma.conversationRef.deleteMany({ where: { channelId: WEB_CHANNEL_ID, channelUserId: { in: ids }, personId: { not: null } } }),
      // Once unlinked, nothing leads from the person to these chats: an export or deletion would miss them.
      this.prisma.directLineConversation.deleteMany({ where: { userId: { in: ids } } }),
    ]);
    return accounts.count;
  }

  async exportAll(personId: string): Promise<PersonExport> {
    const profile = await this.findById(personId);
    if (!profile) throw new UnknownPersonError(personId);
    return exportPersonData(this.prisma, profile);
  }

  async deleteAll(personId: string, running?: ConversationKey): Promise<void> {
    await deletePersonData(this.prisma, personId, running);
  }

  /** Marks the profile as changed (digests and alerts compare profileVersion). */
  private touch(personId: string) {
    return this.prisma.person.update({ where: { id: personId }, data: { profileVersion: { increment: 1 } } });
  }
}
