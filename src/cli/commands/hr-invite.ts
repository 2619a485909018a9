/** `lotse hr invite` (single-use HR invite code) and `lotse hr subscription` (a company's subscription period). */
import { closeNames } from '../../hr/company-names';
import { createInvite } from '../../hr/invites';
import { HrStore } from '../../store/hr-store';
import { UsageError, type Command } from '../command';
import { withDatabase } from '../database';

async function withStore<T>(work: (store: HrStore) => Promise<T>): Promise<T> {
  return withDatabase((db) => work(new HrStore(db)));
}

function companyOption(values: Record<string, unknown>): string {
  const company = typeof values.company === 'string' ? values.company.trim() : '';
  if (!company) throw new UsageError('--company "<name>" is required');
  return company;
}

/** `lotse hr invite --company "<name>" [--valid-days 14]` → {code, company, expiresAt}. */
export const hrInviteCommand: Command = {
  summary: 'Create a single-use invite code for an HR person of a company',
  usage: 'hr invite --company "<name>" [--valid-days 14]',
  options: { company: { type: 'string' }, 'valid-days': { type: 'string', default: '14' } },
  async run({ values }, io) {
    const company = companyOption(values);
    const validDays = Number(values['valid-days']);
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 365) throw new UsageError('--valid-days must be a whole number from 1 to 365');
    const invite = await withStore((store) => createInvite(store, { company, validDays }));
    io.print(`Invite code for ${invite.company}: ${invite.code} (valid until ${invite.expiresAt}, single use)`);
    io.print(`The HR person sends "/hr ${invite.code}" to Lotse on Teams or Telegram.`);
    return { code: invite.code, company: invite.company, expiresAt: invite.expiresAt };
  },
};

/** `lotse hr subscription --company "<name>" --until YYYY-MM-DD [--from YYYY-MM-DD]`. */
export const hrSubscriptionCommand: Command = {
  summary: "Set a company's subscription period (digests only while it is active)",
  usage: 'hr subscription --company "<name>" --until YYYY-MM-DD [--from YYYY-MM-DD] [--create]',
  options: { company: { type: 'string' }, until: { type: 'string' }, from: { type: 'string' }, create: { type: 'boolean', default: false } },
  async run({ values }, io) {
    const company = companyOption(values);
    const until = parseDay(values.until, '--until', true)!;
    const from = parseDay(values.from, '--from', false) ?? new Date();
    if (until.getTime() <= from.getTime()) throw new UsageError('--until must be after --from');
    // The subscription lasts to the end of the given day.
    const untilEnd = new Date(until.getTime() + 24 * 3600_000 - 1);
    const record = await withStore(async (store) => {
      // A typo must not create a new, empty company: a new one needs --create.
      const existing = await store.companyNamed(company);
      if (!existing && values.create !== true) {
        const close = closeNames(company, await store.companyNames());
        const hint = close.length ? ` Did you mean: ${close.map((n) => `"${n}"`).join(', ')}?` : '';
        throw new UsageError(`No company is called "${company}".${hint} Add --create to create it.`);
      }
      const found = existing ?? (await store.ensureCompany(company));
      const updated = await store.setSubscription(found.id, from, untilEnd);
      await store.audit('admin', 'hr.subscription_set', `company:${found.id}`, { from: from.toISOString(), until: untilEnd.toISOString() });
      return updated;
    });
    io.print(`${record.name}: subscription from ${from.toISOString().slice(0, 10)} until ${untilEnd.toISOString().slice(0, 10)}`);
    return { company: record.name, from: from.toISOString(), until: untilEnd.toISOString() };
  },
};

function parseDay(value: unknown, name: string, required: boolean): Date | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`${name} YYYY-MM-DD is required`);
    return undefined;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`${name} expects a date YYYY-MM-DD`);
  }
  return new Date(`${value}T00:00:00Z`);
}
