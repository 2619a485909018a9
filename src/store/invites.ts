/** Single-use invite codes (HR and staff invites share the rule). */

interface InviteRow {
  usedAt: Date | null;
  expiresAt: Date;
}

/** The invites table of one kind, inside a transaction. */
export interface InviteTable<T extends InviteRow> {
  findUnique(args: { where: { code: string } }): Promise<T | null>;
  updateMany(args: { where: { code: string; usedAt: null }; data: { usedAt: Date; usedBy: string } }): Promise<{ count: number }>;
}

/**
 * Claims an invite code for `usedBy` (call inside the transaction that creates what it grants): the
 * invite, or undefined for an unknown, used or expired code and when a concurrent use won.
 */
export async function claimInvite<T extends InviteRow>(table: InviteTable<T>, code: string, now: Date, usedBy: string): Promise<T | undefined> {
  const invite = await table.findUnique({ where: { code } });
  if (!invite || invite.usedAt || invite.expiresAt.getTime() <= now.getTime()) return undefined;
  const claimed = await table.updateMany({ where: { code, usedAt: null }, data: { usedAt: now, usedBy } });
  return claimed.count === 1 ? invite : undefined;
}
