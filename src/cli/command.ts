/** The shape of one `lotse` sub-command. Every command supports --json (one JSON object, last line of stdout). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIO {
  /** Human-readable output (suppressed with --json). */
  print(line: string): void;
  /** Errors and progress go to stderr, so stdout stays machine-readable. */
  error(line: string): void;
  json: boolean;
}

export interface Command {
  summary: string;
  /** Starts with the words that select the command, e.g. "import jobs <file> …" (see `commandPath`). */
  usage: string;
  /** Its options besides --json; none when absent. */
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Returns the JSON result; `io.print` has already shown the human version. */
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CommandIO): Promise<unknown>;
}

export class UsageError extends Error {}

/** The words that select a command: the leading plain words of its usage, e.g. ["import", "jobs"]. */
export function commandPath(command: Command): string[] {
  const words = command.usage.split(' ');
  const end = words.findIndex((word) => !/^[a-z]+$/.test(word));
  return end === -1 ? words : words.slice(0, end);
}

/**
 * The command ran but did not fully succeed (exit code 1): the message goes to stderr, and with
 * --json the result is still printed, so a script sees both the failure and the details.
 */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly result: unknown,
  ) {
    super(message);
  }
}

/** The --now option: an ISO date/time, or the current time when absent. */
export function parseNow(value: unknown): Date {
  if (value === undefined) return new Date();
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError('--now expects an ISO date/time, e.g. 2026-11-23T07:30:00Z');
  return date;
}

export function parse(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nUsage: lotse ${command.usage}`);
  }
}
