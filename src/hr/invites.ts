/** Invite codes for HR people, created by the network's admin (`lotse hr invite`). */
import { newInviteCode } from './codes';
import type { AuditLog, HrDirectory } from '../services/ports';

export interface InviteResult {
  code: string;
  company: string;
  companyId: string;
  expiresAt: string;
}

/** Creates a single-use invite for a company (created when new), valid for `validDays`. */
export async function createInvite(store: Pick<HrDirectory, 'ensureCompany' | 'createInvite'> & AuditLog, options: { company: string; validDays?: number; now?: Date }): Promise<InviteResult> {
  const name = options.company.trim();
  if (!name) throw new Error('company name is empty');
  const validDays = options.validDays ?? 14;
  if (!Number.isFinite(validDays) || validDays <= 0 || validDays > 365) throw new Error('valid days must be between 1 and 365');
  const now = options.now ?? new Date();
  const company = await store.ensureCompany(name);
  const expiresAt = new Date(now.getTime() + validDays * 24 * 3600_000);
  const code = newInviteCode();
  await store.createInvite(company.id, code, expiresAt);
  await store.audit('admin', 'hr.invite_created', `company:${company.id}`, { expiresAt: expiresAt.toISOString() }, now);
  return { code, company: company.name, companyId: company.id, expiresAt: expiresAt.toISOString() };
}
