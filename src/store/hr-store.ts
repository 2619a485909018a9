/**
 * The HR side in the database, as one object for src/hr (HrPorts): it hands each concern to its
 * own store under src/store/hr — companies and HR users (HrDirectoryStore), the digest's matching
 * and queue (DigestQueueStore), contact requests (PrismaContactRequestStore) — and runs leases,
 * settings and the audit log through the shared stores.
 */
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import type { CandidateProfile, DigestJob, DigestMatch } from '../digest/types';
import type { CompanyRecord, ContactRequestRecord, DigestFrequency, HrPorts, HrUserRecord, QueuedItem } from '../services/ports';
import { PrismaConversationRefStore } from './conversation-refs';
import type { Database, PrismaClient } from './database';
import { PrismaContactRequestStore } from './hr/contact-request-store';
import { DigestQueueStore } from './hr/digest-queue-store';
import { HrDirectoryStore } from './hr/directory-store';
import { LeaseStore } from './leases';
import { parseJson } from './profile-mapping';
import { SettingsStore } from './settings';

/** Database access for companies, HR users, digests and contact requests. */
export class HrStore implements HrPorts {
  private readonly prisma: PrismaClient;
  private readonly leases: LeaseStore;
  private readonly settings: SettingsStore;
  private readonly directory: HrDirectoryStore;
  private readonly digests: DigestQueueStore;
  private readonly contacts: PrismaContactRequestStore;

  /** `keys.pseudonym` is needed only to make pseudonyms (digest runs, contact answers). */
  constructor(db: Pick<Database, 'prisma' | 'kind'>, keys?: { pseudonym: Buffer }) {
    this.prisma = db.prisma;
    const conversations = new PrismaConversationRefStore(db.prisma);
    this.leases = new LeaseStore(db.prisma);
    this.settings = new SettingsStore(db.prisma);
    this.directory = new HrDirectoryStore(db.prisma, conversations);
    this.digests = new DigestQueueStore(db, keys);
    this.contacts = new PrismaContactRequestStore(db.prisma, conversations);
  }

  // ───────────── companies, invites and HR users: HrDirectoryStore ─────────────

  ensureCompany(name: string): Promise<CompanyRecord> {
    return this.directory.ensureCompany(name);
  }

  /** The company of exactly this name, if there is one. */
  companyNamed(name: string): Promise<CompanyRecord | undefined> {
    return this.directory.companyNamed(name);
  }

  /** The names of all companies (for suggestions when a typed name matches none). */
  companyNames(): Promise<string[]> {
    return this.directory.companyNames();
  }

  setSubscription(companyId: string, from: Date, until: Date): Promise<CompanyRecord> {
    return this.directory.setSubscription(companyId, from, until);
  }

  createInvite(companyId: string, code: string, expiresAt: Date): Promise<void> {
    return this.directory.createInvite(companyId, code, expiresAt);
  }

  redeemInvite(code: string, now: Date, displayName?: string): Promise<HrUserRecord | undefined> {
    return this.directory.redeemInvite(code, now, displayName);
  }

  hrUser(id: string): Promise<HrUserRecord | undefined> {
    return this.directory.hrUser(id);
  }

  hrUserByChannel(channelId: string, channelUserId: string): Promise<HrUserRecord | undefined> {
    return this.directory.hrUserByChannel(channelId, channelUserId);
  }

  saveHrReference(hrUserId: string, reference: Partial<ConversationReference>): Promise<void> {
    return this.directory.saveHrReference(hrUserId, reference);
  }

  hrReferences(hrUserId: string): Promise<Partial<ConversationReference>[]> {
    return this.directory.hrReferences(hrUserId);
  }

  setFrequency(hrUserId: string, frequency: DigestFrequency): Promise<void> {
    return this.directory.setFrequency(hrUserId, frequency);
  }

  allHrUsers(): Promise<HrUserRecord[]> {
    return this.directory.allHrUsers();
  }

  markDigestSent(hrUserId: string, at: Date): Promise<void> {
    return this.directory.markDigestSent(hrUserId, at);
  }

  // ───────────── what the digest matches and its queue: DigestQueueStore ─────────────

  activeJobs(now: Date): Promise<DigestJob[]> {
    return this.digests.activeJobs(now);
  }

  changedJobIds(since: Date): Promise<Set<string>> {
    return this.digests.changedJobIds(since);
  }

  consentingCandidates(): Promise<CandidateProfile[]> {
    return this.digests.consentingCandidates();
  }

  changedCandidateIds(since: Date): Promise<Set<string>> {
    return this.digests.changedCandidateIds(since);
  }

  knownFingerprints(jobIds: readonly string[]): Promise<Map<string, { fingerprint: string }>> {
    return this.digests.knownFingerprints(jobIds);
  }

  queue(matches: readonly (DigestMatch & { pseudonym: string })[], now: Date, known: ReadonlyMap<string, unknown>): Promise<void> {
    return this.digests.queue(matches, now, known);
  }

  /** Job für Zwei: each person's linked partner, when the partner too chose to be visible to companies. */
  visiblePartners(personIds: readonly string[]): Promise<Map<string, CandidateProfile>> {
    return this.digests.visiblePartners(personIds);
  }

  dropStale(field: 'personId' | 'jobId', ids: readonly string[], keep: ReadonlySet<string>): Promise<number> {
    return this.digests.dropStale(field, ids, keep);
  }

  pendingFor(companyId: string, since: Date | undefined, now: Date): Promise<QueuedItem[]> {
    return this.digests.pendingFor(companyId, since, now);
  }

  markReported(companyId: string, since: Date | undefined, until: Date, at: Date): Promise<void> {
    return this.digests.markReported(companyId, since, until, at);
  }

  removePersonFromDigests(personId: string): Promise<number> {
    return this.digests.removePersonFromDigests(personId);
  }

  itemByPseudonym(companyId: string, pseudonym: string, jobId?: string): Promise<{ jobId: string; personId: string; jobTitle: string } | undefined> {
    return this.digests.itemByPseudonym(companyId, pseudonym, jobId);
  }

  carryOver(pairs: readonly { jobId: string; personId: string }[], to: Date): Promise<void> {
    return this.digests.carryOver(pairs, to);
  }

  pseudonymKey(): Buffer {
    return this.digests.pseudonymKey();
  }

  shownPseudonym(jobId: string, personId: string): Promise<string | undefined> {
    return this.digests.shownPseudonym(jobId, personId);
  }

  // ───────────── contact requests: PrismaContactRequestStore ─────────────

  openContactRequest(jobId: string, personId: string, hrUserId: string, now: Date): Promise<{ request: ContactRequestRecord; created: boolean }> {
    return this.contacts.openContactRequest(jobId, personId, hrUserId, now);
  }

  pendingRequestsFor(personId: string): Promise<ContactRequestRecord[]> {
    return this.contacts.pendingRequestsFor(personId);
  }

  contactRequest(id: string): Promise<ContactRequestRecord | undefined> {
    return this.contacts.contactRequest(id);
  }

  decideContactRequest(id: string, status: 'accepted' | 'declined', at: Date): Promise<boolean> {
    return this.contacts.decideContactRequest(id, status, at);
  }

  deleteContactRequest(id: string): Promise<void> {
    return this.contacts.deleteContactRequest(id);
  }

  contactDetails(personId: string): Promise<{ firstName?: string; contactShare?: string; locale: string } | undefined> {
    return this.contacts.contactDetails(personId);
  }

  setContactShare(personId: string, contact: string): Promise<void> {
    return this.contacts.setContactShare(personId, contact);
  }

  jobTitle(jobId: string): Promise<string | undefined> {
    return this.contacts.jobTitle(jobId);
  }

  personReferences(personId: string): Promise<Partial<ConversationReference>[]> {
    return this.contacts.personReferences(personId);
  }

  markUnreachable(channelId: string, conversationId: string): Promise<void> {
    return this.contacts.markUnreachable(channelId, conversationId);
  }

  // ───────────── once across instances ─────────────

  /** Takes the named lease when it is free or expired; false when another owner holds it. */
  async tryLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.tryAcquire(name, owner, ttlMs);
  }

  /** Records the run time and gives the lease back (only when still held by this owner). */
  async releaseLease(name: string, owner: string, ranAt: Date): Promise<void> {
    await this.leases.markRun(name, ranAt);
    await this.leases.release(name, owner);
  }

  /** When the named job last ran (any instance). */
  async leaseLastRun(name: string): Promise<Date | undefined> {
    return this.leases.lastRun(name);
  }

  // ───────────── audit and settings ─────────────

  /** Writes an audit event; actor and subject are pseudonymous ids, never names. */
  async audit(actor: string, action: string, subject: string, details: Record<string, unknown> = {}, at = new Date()): Promise<void> {
    await this.prisma.auditEvent.create({ data: { id: randomUUID(), at, actor, action, subject, details: JSON.stringify(details) } });
  }

  /** Audit events about a subject, oldest first. */
  async auditTrail(subject: string): Promise<{ actor: string; action: string; details: Record<string, unknown> }[]> {
    const rows = await this.prisma.auditEvent.findMany({ where: { subject }, orderBy: { at: 'asc' } });
    return rows.map((r) => ({ actor: r.actor, action: r.action, details: parseJson(r.details, {}) }));
  }

  /** Whether an audit event with this actor, action and subject exists. */
  async hasAudit(actor: string, action: string, subject: string): Promise<boolean> {
    return (await this.prisma.auditEvent.count({ where: { actor, action, subject } })) > 0;
  }

  async setting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.settings.set(key, value);
  }
}
