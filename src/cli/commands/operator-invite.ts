/** `lotse operator invite --email <e>` → a one-time link (48 h) to set the password for /admin. */
import { OperatorAuth, INVITE_HOURS } from '../../admin/auth';
import { loadConfig } from '../../config';
import { openDatabase } from '../../store/database';
import { OperatorStore } from '../../store/operator-store';
import { UsageError, type Command } from '../command';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const operatorInviteCommand: Command = {
  path: ['operator', 'invite'],
  summary: 'Invite an operator to the dashboard /admin: prints a one-time link to set the password',
  usage: 'operator invite --email <address>',
  options: { email: { type: 'string' } },
  async run({ values }, io) {
    const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
    if (!EMAIL.test(email) || email.length > 254) throw new UsageError('--email <address> is required');
    const config = loadConfig();
    const db = await openDatabase(config.DATABASE_URL);
    try {
      const { token, expiresAt } = await new OperatorAuth(new OperatorStore(db.prisma)).invite(email);
      const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
      const link = `${base}/admin/set-password?token=${token}`;
      io.print(`Send this link to ${email} (valid ${INVITE_HOURS} hours, single use):`);
      io.print(link);
      return { email, link, expiresAt: expiresAt.toISOString() };
    } finally {
      await db.close();
    }
  },
};
