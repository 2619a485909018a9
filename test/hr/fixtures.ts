/** Seeds companies, jobs, people and HR users for HR tests, and records proactive messages. */
import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder-core';
import pino from 'pino';
import { HrService } from '../../src/hr/service';
import type { ProactiveMessenger } from '../../src/services/ports';
import type { Database } from '../../src/store/database';
import type { HrUserRecord } from '../../src/services/ports';
import { HrStore } from '../../src/store/hr-store';
import { deriveKeys } from '../../src/secrets';

export const quietLog = pino({ level: 'silent' });
/** Keys from a fixed test master secret (the app derives them from LOTSE_SECRET the same way). */
export const TEST_KEYS = deriveKeys('test-master-secret-for-hr-tests-0123456789');
export const DAY = 24 * 3600_000;

/** Records every proactive send; references listed in `unreachable` fail. */
export class RecordingMessenger implements ProactiveMessenger {
  readonly sent: { reference: Partial<ConversationReference>; activities: Partial<Activity>[] }[] = [];
  readonly unreachable = new Set<string>();

  async send(reference: ConversationReference, activities: Partial<Activity>[]): Promise<'sent' | 'unreachable'> {
    if (this.unreachable.has(reference.conversation.id)) return 'unreachable';
    this.sent.push({ reference, activities });
    return 'sent';
  }

  to(conversationId: string): Partial<Activity>[] {
    return this.sent.filter((s) => s.reference.conversation?.id === conversationId).flatMap((s) => s.activities);
  }

  /** Everything sent to a conversation as one string (texts, card JSON, button values). */
  textTo(conversationId: string): string {
    return this.to(conversationId)
      .map((a) => JSON.stringify(a))
      .join('\n');
  }
}

export async function seedCompany(db: Database, name: string, until: Date | null, from: Date | null = new Date(0)): Promise<string> {
  const id = randomUUID();
  await db.prisma.company.create({ data: { id, name, subscriptionFrom: until ? from : null, subscriptionUntil: until } });
  return id;
}

export async function seedJob(
  db: Database,
  companyId: string,
  title: string,
  skills: { conceptId: string; essential?: boolean; level?: string }[] = [
    { conceptId: 'weld', level: 'good' },
    { conceptId: 'cnc', level: 'basic' },
  ],
  /** Other columns (kind, place, coordinates, Pensum) over the defaults. */
  columns: { kind?: string; postalCode?: string; placeName?: string; latitude?: number; longitude?: number; pensumMin?: number; pensumMax?: number } = {},
): Promise<string> {
  const id = randomUUID();
  await db.prisma.jobPosting.create({
    data: {
      id,
      source: 'test',
      externalId: id,
      companyId,
      employerName: 'Firma',
      title,
      kind: 'permanent',
      postalCode: '4500',
      pensumMin: 80,
      pensumMax: 100,
      languages: JSON.stringify([{ language: 'de', level: 'B1' }]),
      ...columns,
      skills: { create: skills.map((s) => ({ conceptId: s.conceptId, essential: s.essential ?? true, level: s.level ?? 'basic' })) },
    },
  });
  return id;
}

export interface SeededPerson {
  id: string;
  conversationId: string;
  channelUserId: string;
}

export async function seedPerson(
  db: Database,
  options: { firstName?: string; postalCode?: string; visibility?: 'anonymous' | 'private'; skills?: [string, string, string][]; locale?: string } = {},
): Promise<SeededPerson> {
  const id = randomUUID();
  const channelUserId = `tg-${Math.floor(Math.random() * 1e9)}`;
  const conversationId = `chat-${channelUserId}`;
  await db.prisma.person.create({
    data: {
      id,
      locale: options.locale ?? 'de-CH',
      firstName: options.firstName ?? 'Mirjam',
      postalCode: options.postalCode ?? '4512',
      placeName: 'Bellach',
      pensumMin: 80,
      pensumMax: 100,
      startDate: 'asap',
      visibility: options.visibility ?? 'anonymous',
      accounts: { create: { id: randomUUID(), channelId: 'telegram', channelUserId } },
      skills: {
        create: (options.skills ?? [
          ['weld', 'Schweissen', 'good'],
          ['cnc', 'CNC-Fräsen', 'basic'],
        ]).map(([conceptId, label, level]) => ({ id: randomUUID(), conceptId, label, level })),
      },
      languages: { create: [{ language: 'de', level: 'native' }] },
      conversations: {
        create: {
          id: randomUUID(),
          channelId: 'telegram',
          conversationId,
          channelUserId,
          reference: JSON.stringify({ channelId: 'telegram', conversation: { id: conversationId }, user: { id: channelUserId }, bot: { id: 'bot' } }),
        },
      },
    },
  });
  return { id, conversationId, channelUserId };
}

export function hrReference(channelId: string, userId: string): Partial<ConversationReference> {
  return { channelId, user: { id: userId, name: 'HR' }, conversation: { id: `conv-${userId}` } as ConversationReference['conversation'], bot: { id: 'bot', name: 'Lotse' }, serviceUrl: 'http://127.0.0.1:1/' };
}

/** Creates an invite and joins with it; returns the HR user. */
export async function seedHrUser(db: Database, companyId: string, userId: string, now: Date, channelId = 'telegram'): Promise<HrUserRecord> {
  const store = new HrStore(db);
  const code = `CODE-${userId}`.slice(0, 24);
  await store.createInvite(companyId, code, new Date(now.getTime() + 14 * DAY));
  const service = new HrService({ store, messenger: new RecordingMessenger(), locale: 'de-CH', log: quietLog });
  const result = await service.join(code, hrReference(channelId, userId), now);
  if (result.kind === 'invalid') throw new Error('join failed');
  return result.hrUser;
}
