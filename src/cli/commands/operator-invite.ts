/**
 * `lotse operator invite --email <e>` → a one-time link (48 h) to set the password for /admin;
 * `lotse operator remove --email <e>` ends an operator's access (with invites and sessions).
 */
import { OperatorAuth, INVITE_HOURS } from '../../admin/auth';
import type { Config } from '../../config';
import { OperatorStore } from '../../store/operator-store';
import { UsageError, type Command, type CommandIO } from '../command';
import { withDatabase } from '../database';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOption(values: Record<string, unknown>): string {
  const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
  if (!email) throw new UsageError('--email <address> is required');
  if (!EMAIL.test(email) || email.length > 254) throw new UsageError(`--email expects an e-mail address like sandra@netzwerk.ch, not "${email.slice(0, 60)}"`);
  return email;
}

/** `lotse operator <verb> --email <address>`: `work` runs on the operator store of the configured database. */
function operatorCommand(verb: string, summary: string, work: (email: string, store: OperatorStore, config: Config, io: CommandIO) => Promise<unknown>): Command {
  return {
    summary,
    usage: `operator ${verb} --email <address>`,
    options: { email: { type: 'string' } },
    async run({ values }, io) {
      const email = emailOption(values);
      return withDatabase((db, config) => work(email, new OperatorStore(db.prisma), config, io));
    },
  };
}

export const operatorInviteCommand = operatorCommand('invite', 'Invite an operator to the dashboard /admin: prints a one-time link to set the password', async (email, store, config, io) => {
  const { token, expiresAt } = await new OperatorAuth(store).invite(email);
  const base = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const link = `${base}/admin/set-password?token=${token}`;
  io.print(`Send this link to ${email} (valid ${INVITE_HOURS} hours, single use):`);
  io.print(link);
  return { email, link, expiresAt: expiresAt.toISOString() };
});

export const operatorRemoveCommand = operatorCommand('remove', "End an operator's access to /admin (removes the account, its links and sessions)", async (email, store, _config, io) => {
  const removed = await store.remove(email);
  io.print(removed ? `Removed operator ${email}` : `No operator ${email}`);
  return { email, removed };
});
