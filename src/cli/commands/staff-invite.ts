/**
 * `lotse staff invite`: a single-use code with which a counsellor or job coach joins in Telegram or
 * Teams; `lotse staff list` shows who is on the staff; `lotse staff remove` ends someone's access.
 */
import { createStaffInvite, parseRoles } from '../../handoff/invites';
import { HrStore } from '../../store/hr-store';
import { StaffStore, type StaffOverview } from '../../store/staff-store';
import { CommandFailed, UsageError, type Command } from '../command';
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

function withStaffStore<T>(work: (staff: StaffStore, hr: HrStore) => Promise<T>): Promise<T> {
  return withDatabase((db) => work(new StaffStore(db.prisma), new HrStore(db)));
}

function describeMember(member: StaffOverview): string {
  const holds = [`${member.activeCases} active conversation(s)`, `${member.coachedPersons} coached person(s)`].join(', ');
  return `${member.id}  ${member.name} (${member.roles.join(', ')}${member.onDuty ? ', on duty' : ''}) via ${member.channels.join(', ') || 'no channel'}: ${holds}`;
}

/** `lotse staff list` → [{id, name, roles, onDuty, channels, activeCases, coachedPersons}]. */
export const staffListCommand: Command = {
  summary: 'The counsellors and job coaches of the network, with their ids and what they hold now',
  usage: 'staff list',
  async run(_args, io) {
    const members = await withStaffStore((staff) => staff.staffOverview());
    if (members.length === 0) io.print('No staff yet: lotse staff invite --role counsellor --name "<name>"');
    for (const member of members) io.print(describeMember(member));
    return members;
  },
};

/** `lotse staff remove --id <id>` → {id, name, returnedCases, endedCoachLinks}. */
export const staffRemoveCommand: Command = {
  summary: "End a counsellor's or job coach's access (conversations they hold wait for someone else, their coaching links end)",
  usage: 'staff remove --id <staff id from lotse staff list>',
  options: { id: { type: 'string' } },
  async run({ values }, io) {
    const id = typeof values.id === 'string' ? values.id.trim() : '';
    if (!id) throw new UsageError('--id <staff id> is required (lotse staff list shows the ids)');
    const removal = await withStaffStore(async (staff, hr) => {
      const done = await staff.removeStaff(id, new Date());
      if (done) await hr.audit('admin', 'staff.removed', 'staff', { returnedCases: done.returnedCases, endedCoachLinks: done.endedCoachLinks });
      return done;
    });
    if (!removal) throw new CommandFailed(`no staff member with id "${id.slice(0, 60)}" (lotse staff list shows the ids)`, { id, removed: false });
    io.print(`Removed ${removal.name}: ${removal.returnedCases} conversation(s) back to waiting, ${removal.endedCoachLinks} coaching link(s) ended.`);
    return { id, removed: true, ...removal };
  },
};
