/** `lotse staff invite`: a single-use code with which a counsellor or job coach joins in Telegram or Teams. */
import { createStaffInvite, parseRoles } from '../../handoff/invites';
import { HrStore } from '../../store/hr-store';
import { StaffStore } from '../../store/staff-store';
import { UsageError, type Command } from '../command';
import { withDatabase } from '../database';

/** `lotse staff invite --role counsellor|coach --name "<n>" [--valid-days 14]` → {code, name, roles, expiresAt}. */
export const staffInviteCommand: Command = {
  summary: 'Create a single-use code for a counsellor or job coach of the network',
  usage: 'staff invite --role counsellor|coach|counsellor,coach --name "<name>" [--valid-days 14]',
  options: { role: { type: 'string' }, name: { type: 'string' }, 'valid-days': { type: 'string', default: '14' } },
  async run({ values }, io) {
    const roles = parseRoles(typeof values.role === 'string' ? values.role : '');
    if (!roles) throw new UsageError('--role must be counsellor, coach or counsellor,coach');
    const name = typeof values.name === 'string' ? values.name.trim() : '';
    if (!name) throw new UsageError('--name "<name>" is required (shown to people as "<name> vom Fachkräftenetz")');
    if (name.length > 60) throw new UsageError('--name must be at most 60 characters');
    const validDays = Number(values['valid-days']);
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 365) throw new UsageError('--valid-days must be a whole number from 1 to 365');
    return withDatabase(async (db) => {
      const staff = new StaffStore(db.prisma);
      const hr = new HrStore(db);
      const invite = await createStaffInvite({ createStaffInvite: (...a) => staff.createStaffInvite(...a), audit: (...a) => hr.audit(...a), hasAudit: (...a) => hr.hasAudit(...a) }, { name, roles, validDays });
      io.print(`Code for ${invite.name} (${invite.roles.join(', ')}): ${invite.code} (valid until ${invite.expiresAt}, single use)`);
      io.print(`${invite.name} sends "/team ${invite.code}" to Lotse on Telegram or Teams.`);
      return { code: invite.code, name: invite.name, roles: invite.roles, expiresAt: invite.expiresAt };
    });
  },
};
