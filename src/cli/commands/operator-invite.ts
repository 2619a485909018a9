/**
 * `lotse operator invite --email <e>` → a one-time link (48 h) to set the password for /admin;
 * `lotse operator remove --email <e>` ends an operator's access (with invites and sessions).
 */
import { OperatorAuth, INVITE_HOURS } from '../../admin/auth';
import { loadConfig, type Config } from '../../config';
import { openDatabase } from '../../store/database';
import { OperatorStore } from '../../store/operator-store';
import { UsageError, type Command } from '../command';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOption(values: Record<string, unknown>): string {
  const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
  if (!email) throw new UsageError('--email <address> is required');
  if (!EMAIL.test(email) || email.length > 254) throw new UsageError(`--email expects an e-mail address like sandra@netzwerk.ch, not "${email.slice(0, 60)}"`);
  return email;
}

async function withStore<T>(work: (store: OperatorStore, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config.DATABASE_URL);
  try {
    return await work(new OperatorStore(db.prisma), config);
  } finally {
    await db.close();
  }
}

export const operatorInviteCommand: Command = {
  path: ['operator', 'invite'],
  summary: 'Invite an operator to the dashboard /admin: prints a one-time link to set the password',
  usage: 'operator invite --email <address>',
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const email = emailOption(values);
    return withStore(async (store, config) => {
      const { token, expiresAt } = await new OperatorAuth(store).invite(email);
      const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
      const link = `${base}/admin/set-password?token=${token}`;
      io.print(`Send this link to ${email} (valid ${INVITE_HOURS} hours, single use):`);
      io.print(link);
      return { email, link, expiresAt: expiresAt.toISOString() };
    });
  },
};

export const operatorRemoveCommand: Command = {
  path: ['operator', 'remove'],
  summary: "End an operator's access to /admin (removes the account, its links and sessions)",
  usage: 'operator remove --email <address>',
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const email = emailOption(values);
    const removed = await withStore((store) => store.remove(email));
    io.print(removed ? `Removed operator ${email}` : `No operator ${email}`);
    return { email, removed };
  },
};
