/** The command line of `eval:match`: usage, and the options it knows. */
import { commandOf as commandOfSpec, type Command } from './cli-args';

export const USAGE = `usage: npm run eval:match -- [<persona dir>] [--sets=<name>,…] [--json] [--verbose]
       [--dropout=<share> [--seed=<n>]] [--trainings=<dir> | --no-trainings]
Without --sets every set in the directory runs, held-out sets included.`;

const OPTIONS = { flags: ['--json', '--verbose', '--no-trainings'], joined: ['--sets=', '--dropout=', '--seed=', '--trainings='] };

/** What to do with eval:match's arguments (see `commandOf` in cli-args). */
export function commandOf(args: readonly string[]): Command {
  return commandOfSpec(args, OPTIONS);
}
