/** Invite codes for the network's counsellors and job coaches, created by the operator (`lotse staff invite`). */
import { newInviteCode } from '../hr/codes';
import type { AuditLog } from '../services/ports';
import { STAFF_ROLES, type StaffDirectory, type StaffRole } from '../services/handoff-ports';

export interface StaffInviteResult {
  code: string;
  name: string;
  roles: StaffRole[];
  expiresAt: string;
}

/** Reads "counsellor", "coach" or "counsellor,coach"; undefined for anything else. */
export function parseRoles(text: string): StaffRole[] | undefined {
  const roles = [...new Set(text.split(',').map((r) => r.trim().toLowerCase()))];
  return roles.length && roles.every((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r)) ? roles : undefined;
}

/** Creates a single-use code for a staff member, valid for `validDays`. */
export async function createStaffInvite(store: Pick<StaffDirectory, 'createStaffInvite'> & AuditLog, options: { name: string; roles: StaffRole[]; validDays?: number; now?: Date }): Promise<StaffInviteResult> {
  const name = options.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new Error('name is empty');
  if (name.length > 60) throw new Error('name is longer than 60 characters');
  const validDays = options.validDays ?? 14;
  if (!Number.isFinite(validDays) || validDays <= 0 || validDays > 365) throw new Error('valid days must be between 1 and 365');
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + validDays * 24 * 3600_000);
  const code = newInviteCode();
  await store.createStaffInvite(code, name, options.roles, expiresAt);
  await store.audit('admin', 'staff.invite_created', 'staff', { roles: options.roles, expiresAt: expiresAt.toISOString() }, now);
  return { code, name, roles: options.roles, expiresAt: expiresAt.toISOString() };
}
