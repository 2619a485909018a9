/** The command line of `eval:match`: usage, and the options it knows. */
export const USAGE = `usage: npm run eval:match -- [<persona dir>] [--sets=<name>,…] [--json] [--verbose]
       [--dropout=<share> [--seed=<n>]] [--trainings=<dir> | --no-trainings]
Without --sets every set in the directory runs, held-out sets included.`;

const FLAGS: ReadonlySet<string> = new Set(['--json', '--verbose', '--no-trainings']);
const VALUED = ['--sets=', '--dropout=', '--seed=', '--trainings='];

/**
 * What to do with these arguments: print the usage, refuse (a mistyped option would otherwise run
 * every set, held-out ones included, and print their figures unasked), or run.
 */
export function commandOf(args: readonly string[]): { kind: 'help' } | { kind: 'unknown'; options: string[] } | { kind: 'run' } {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const options = args.filter((a) => a.startsWith('-') && !FLAGS.has(a) && !VALUED.some((v) => a.startsWith(v)));
  return options.length ? { kind: 'unknown', options } : { kind: 'run' };
}
