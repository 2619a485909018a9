/** A benchmark's command line: the options it knows, so a typo or `--help` never starts a long run. */
export interface OptionSpec {
  /** Options without a value (`--json`). */
  readonly flags: readonly string[];
  /** Options written with their value (`--sets=`, including the `=`). */
  readonly joined?: readonly string[];
  /** Options whose value is the next argument (`--sizes 10000`). */
  readonly spaced?: readonly string[];
}

export type Command = { kind: 'help' } | { kind: 'unknown'; options: string[] } | { kind: 'run' };

/**
 * What to do with these arguments: print the usage, refuse (a mistyped option would otherwise start
 * the default run — for eval:match every set, held-out ones included; for bench:match up to a
 * million postings), or run.
 */
export function commandOf(args: readonly string[], spec: OptionSpec): Command {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const options = args.filter(
    (a, i) =>
      a.startsWith('-') &&
      !spec.flags.includes(a) &&
      !(spec.joined ?? []).some((j) => a.startsWith(j)) &&
      !(spec.spaced ?? []).includes(a) &&
      !(spec.spaced ?? []).includes(args[i - 1] ?? ''),
  );
  return options.length ? { kind: 'unknown', options } : { kind: 'run' };
}

/** Prints the usage or the refusal and ends the process unless the command is to run. */
export function exitUnlessRun(command: Command, usage: string): void {
  if (command.kind === 'help') {
    console.log(usage);
    process.exit(0);
  }
  if (command.kind === 'unknown') {
    console.error(`unknown option ${command.options.join(' ')}\n${usage}`);
    process.exit(2);
  }
}
