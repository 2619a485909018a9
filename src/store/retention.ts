/**
 * Retention: how long each table that grows keeps its rows. Every rule is a name, the setting that
 * gives its period and one delete; `runRetention` applies them all (on a schedule, and by hand with
 * `lotse retention run`). To retain a new table, add one line to RULES (and, for a new period, one
 * RETENTION_* setting in src/config.ts and one row in README's table).
 */
import type { Config } from '../config';
import type { PrismaClient } from './database';
import { hotSql } from './hot-sql';
import type { LeaseStore } from './leases';
import { LinkCodeStore } from './link-codes';
import { WEB_CHANNELS } from './directline-store';
import { deletePersonData } from './person-data';
import { PrismaProfileStore } from './profile-store';
import { usageDay } from './usage-store';
import { PrismaPartnerLinks } from './partner-links';

/** The retention settings, one RETENTION_<NAME> variable each. */
export const RETENTION_PERIODS = [
  'ANONYMOUS',
  'TRANSCRIPTS',
  'CONVERSATION_STATE',
  'AUDIT',
  'CODES',
  'DIGEST_ITEMS',
  'ALERT_DELIVERIES',
  'PROCESSED_UPDATES',
  'CONTACT_REQUESTS',
  'INACTIVE_PERSONS',
  'EXPIRED_OFFERS',
  'WEB_IDENTITIES',
  'USAGE_COUNTS',
  'HANDOFFS',
] as const;
/** Periods that follow from another setting instead of a RETENTION_* variable of their own. */
type DerivedPeriod = 'WEB_SESSIONS' | 'EXPIRY';
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number] | DerivedPeriod;
/** Milliseconds per period. */
export type RetentionPeriods = Record<RetentionPeriod, number>;

/** The periods of a validated configuration. */
export function retentionPeriods(
  config: Pick<Config, `RETENTION_${(typeof RETENTION_PERIODS)[number]}` | 'DIRECTLINE_SESSION_MAX_SECONDS'>,
): RetentionPeriods {
  const own = Object.fromEntries(RETENTION_PERIODS.map((p) => [p, config[`RETENTION_${p}`]]));
  // A revocation only matters while a token issued before it could still be refreshed.
  // EXPIRY: rows that carry their own end (operator sessions) go as soon as it passed.
  return { ...own, WEB_SESSIONS: config.DIRECTLINE_SESSION_MAX_SECONDS * 1000, EXPIRY: 0 } as RetentionPeriods;
}

export interface RetentionRule {
  name: string;
  period: RetentionPeriod;
  /** Removes what fell out of the period (older than `cutoff`); returns how many rows or people went. */
  remove(prisma: PrismaClient, cutoff: Date, now: Date): Promise<number>;
}

const WEB = WEB_CHANNELS.map((c) => `'${c}'`).join(', ');

/** A Direct Line conversation (activities go with it by cascade) with no activity since the cutoff. */
const QUIET_CONVERSATION = `"createdAt" < ? AND NOT EXISTS (SELECT 1 FROM "DirectLineActivity" a WHERE a."conversationId" = "DirectLineConversation"."id" AND a."createdAt" >= ?)`;
/** The web user is neither a person with a profile nor an HR user: the conversation happened before (or without) consent. */
const ANONYMOUS_WEB_USER = `NOT EXISTS (SELECT 1 FROM "ChannelAccount" p WHERE p."channelUserId" = "DirectLineConversation"."userId" AND p."channelId" IN (${WEB}))
  AND NOT EXISTS (SELECT 1 FROM "ConversationRef" h WHERE h."channelUserId" = "DirectLineConversation"."userId" AND h."channelId" IN (${WEB}) AND h."hrUserId" IS NOT NULL)`;
/** A state row of a conversation no consenting person or HR user ever had (rememberReference saves one at consent). */
const ANONYMOUS_STATE = `"key" NOT LIKE 'persons/%' AND ("key" LIKE '%/users/%' OR NOT EXISTS (SELECT 1 FROM "ConversationRef" r WHERE "BotStateItem"."key" = r."channelId" || '/conversations/' || r."conversationId" || '/'))`;

const run = (prisma: PrismaClient, statement: string, params: unknown[]) => hotSql(prisma).run(statement, params);
const count = async (result: Promise<{ count: number }>) => (await result).count;

/** Every retention rule; the README table lists the same, with the reasons. */
export const RULES: readonly RetentionRule[] = [
  {
    name: 'anonymous-transcripts',
    period: 'ANONYMOUS',
    remove: (db, cutoff) => run(db, `DELETE FROM "DirectLineConversation" WHERE ${QUIET_CONVERSATION} AND ${ANONYMOUS_WEB_USER}`, [cutoff, cutoff]),
  },
  {
    name: 'anonymous-state',
    period: 'ANONYMOUS',
    remove: (db, cutoff) => run(db, `DELETE FROM "BotStateItem" WHERE "updatedAt" < ? AND ${ANONYMOUS_STATE}`, [cutoff]),
  },
  {
    name: 'transcripts',
    period: 'TRANSCRIPTS',
    remove: (db, cutoff) => run(db, `DELETE FROM "DirectLineConversation" WHERE ${QUIET_CONVERSATION}`, [cutoff, cutoff]),
  },
  {
    name: 'conversation-state',
    period: 'CONVERSATION_STATE',
    remove: (db, cutoff) => count(db.botStateItem.deleteMany({ where: { updatedAt: { lt: cutoff }, NOT: { key: { startsWith: 'persons/' } } } })),
  },
  { name: 'audit-events', period: 'AUDIT', remove: (db, cutoff) => count(db.auditEvent.deleteMany({ where: { at: { lt: cutoff } } })) },
  { name: 'link-codes', period: 'CODES', remove: (db, cutoff) => new LinkCodeStore(db).prune(cutoff) },
  // Accepted partner links go with either person (cascade); only invitations nobody took expire here.
  { name: 'partner-invitations', period: 'CODES', remove: (db, cutoff) => new PrismaPartnerLinks(db).prune(cutoff) },
  {
    name: 'invite-codes',
    period: 'CODES',
    remove: (db, cutoff) => count(db.inviteCode.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } })),
  },
  {
    name: 'staff-invites',
    period: 'CODES',
    remove: (db, cutoff) => count(db.staffInvite.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } })),
  },
  {
    // Relayed messages and the counsellors' request messages go with their case (ON DELETE CASCADE).
    name: 'handoff-cases',
    period: 'HANDOFFS',
    remove: (db, cutoff) => count(db.handoffCase.deleteMany({ where: { createdAt: { lt: cutoff }, status: { notIn: ['waiting', 'active'] } } })),
  },
  {
    // Coach codes nobody used, and links the person or coach ended.
    name: 'coach-links',
    period: 'CODES',
    remove: (db, cutoff) => count(db.coachLink.deleteMany({ where: { OR: [{ status: 'offered', expiresAt: { lt: cutoff } }, { status: 'ended', endedAt: { lt: cutoff } }] } })),
  },
  {
    name: 'operator-invites',
    period: 'CODES',
    remove: (db, cutoff) => count(db.operatorInvite.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } })),
  },
  { name: 'operator-sessions', period: 'EXPIRY', remove: (db, cutoff) => count(db.operatorSession.deleteMany({ where: { expiresAt: { lt: cutoff } } })) },
  {
    // Only once the job is closed: a reported item is what keeps the same candidate from being reported again.
    name: 'digest-items',
    period: 'DIGEST_ITEMS',
    remove: (db, cutoff, now) =>
      run(
        db,
        `DELETE FROM "DigestItem" WHERE "reportedAt" < ? AND NOT EXISTS (SELECT 1 FROM "JobPosting" j WHERE j."id" = "DigestItem"."jobId" AND (j."validUntil" IS NULL OR j."validUntil" >= ?))`,
        [cutoff, now],
      ),
  },
  {
    name: 'alert-deliveries',
    period: 'ALERT_DELIVERIES',
    remove: (db, cutoff) => count(db.alertDelivery.deleteMany({ where: { createdAt: { lt: cutoff } } })),
  },
  {
    name: 'processed-updates',
    period: 'PROCESSED_UPDATES',
    remove: (db, cutoff) => count(db.processedUpdate.deleteMany({ where: { at: { lt: cutoff } } })),
  },
  {
    // Normally gone seconds after arrival (deleted when their turn is done); Telegram gives up after 24 hours too.
    name: 'telegram-queue',
    period: 'PROCESSED_UPDATES',
    remove: (db, cutoff) => count(db.telegramUpdate.deleteMany({ where: { receivedAt: { lt: cutoff } } })),
  },
  {
    name: 'contact-requests',
    period: 'CONTACT_REQUESTS',
    remove: (db, cutoff) =>
      count(db.contactRequest.deleteMany({ where: { OR: [{ decidedAt: { lt: cutoff } }, { decidedAt: null, createdAt: { lt: cutoff } }] } })),
  },
  {
    name: 'inactive-persons',
    period: 'INACTIVE_PERSONS',
    remove: async (db, cutoff) => {
      const gone = await db.person.findMany({ where: { lastSeenAt: { lt: cutoff } }, select: { id: true } });
      for (const { id } of gone) await deletePersonData(db, id);
      return gone.length;
    },
  },
  {
    name: 'idle-web-identities',
    period: 'WEB_IDENTITIES',
    remove: (db, cutoff) => new PrismaProfileStore(db).expireIdleWebIdentities(cutoff),
  },
  { name: 'token-revocations', period: 'WEB_SESSIONS', remove: (db, cutoff) => count(db.tokenRevocation.deleteMany({ where: { revokedAt: { lt: cutoff } } })) },
  { name: 'usage-counts', period: 'USAGE_COUNTS', remove: (db, cutoff) => count(db.usageCount.deleteMany({ where: { day: { lt: usageDay(cutoff) } } })) },
  { name: 'expired-jobs', period: 'EXPIRED_OFFERS', remove: (db, cutoff) => count(db.jobPosting.deleteMany({ where: { validUntil: { lt: cutoff } } })) },
  { name: 'past-trainings', period: 'EXPIRED_OFFERS', remove: (db, cutoff) => count(db.training.deleteMany({ where: { endDate: { lt: cutoff } } })) },
];

/** The lease that keeps two instances from running retention at once. */
export const RETENTION_LEASE = 'retention';
/** How long one run may hold the lease. */
const LEASE_TTL_MS = 10 * 60_000;

export interface RuleOutcome {
  name: string;
  period: RetentionPeriod;
  /** The period in milliseconds. */
  periodMs: number;
  removed: number;
  /** Set when the rule failed (the other rules still ran). */
  failed?: true;
}

export interface RetentionSummary {
  /** False when another instance holds the lease (nothing done). */
  ran: boolean;
  rules: RuleOutcome[];
}

export interface RetentionRunOptions {
  prisma: PrismaClient;
  periods: RetentionPeriods;
  lease: Pick<LeaseStore, 'tryAcquire' | 'release' | 'markRun'>;
  owner: string;
  now: Date;
  rules?: readonly RetentionRule[];
  /** Told about a rule that failed (ids and counts only). */
  onError?: (rule: string, err: unknown) => void;
}

/** Applies every rule once, under the lease; returns what each removed. */
export async function runRetention(options: RetentionRunOptions): Promise<RetentionSummary> {
  const { prisma, periods, lease, owner, now } = options;
  if (!(await lease.tryAcquire(RETENTION_LEASE, owner, LEASE_TTL_MS))) return { ran: false, rules: [] };
  const outcomes: RuleOutcome[] = [];
  try {
    for (const rule of options.rules ?? RULES) {
      const periodMs = periods[rule.period];
      const cutoff = new Date(now.getTime() - periodMs);
      try {
        outcomes.push({ name: rule.name, period: rule.period, periodMs, removed: await rule.remove(prisma, cutoff, now) });
      } catch (err) {
        options.onError?.(rule.name, err);
        outcomes.push({ name: rule.name, period: rule.period, periodMs, removed: 0, failed: true });
      }
    }
    await lease.markRun(RETENTION_LEASE, now);
  } finally {
    await lease.release(RETENTION_LEASE, owner);
  }
  return { ran: true, rules: outcomes };
}
