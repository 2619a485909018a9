/** `lotse <command> …`: finds the command by its words and runs it. */
import { CommandFailed, commandPath, parse, UsageError, type Command, type CommandIO } from './command';
import { commands } from './commands';

/** One command as help shows it: the usage, and below it what the command does. */
function describe(command: Command): string {
  return `  lotse ${command.usage}\n      ${command.summary}`;
}

function help(): string {
  return ['Usage: lotse <command> [--json]', '', ...commands.map(describe), '', '`lotse <command> --help` shows one command.'].join('\n');
}

function find(argv: string[]): { command: Command; rest: string[] } | undefined {
  const matches = commands
    .map((command) => ({ command, path: commandPath(command) }))
    .filter(({ path }) => path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  const best = matches[0];
  return best ? { command: best.command, rest: argv.slice(best.path.length) } : undefined;
}

function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** Says which words are not a command, and lists the commands that start like them. */
function unknownCommand(argv: readonly string[]): string {
  const words = argv.filter((arg) => !arg.startsWith('-')).slice(0, 2);
  const near = commands.filter((c) => commandPath(c)[0] === words[0]);
  const hint = near.length > 0 ? ['', `Commands starting with "${words[0]}":`, ...near.map(describe)] : ['', help()];
  return [`lotse: unknown command "${words.join(' ')}"`, ...hint].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const found = find(argv);
  if (!found) {
    if (argv.length === 0 || asksForHelp(argv)) {
      console.log(help());
      return 0;
    }
    console.error(unknownCommand(argv));
    if (argv.includes('--json')) console.log(JSON.stringify({ error: 'unknown command' }));
    return 2;
  }
  if (asksForHelp(found.rest)) {
    console.log(describe(found.command));
    return 0;
  }
  const json = argv.includes('--json');
  const io: CommandIO = {
    json,
    print: (line) => {
      if (!json) console.log(line);
    },
    error: (line) => console.error(line),
  };
  try {
    const args = parse(found.command, found.rest);
    const result = await found.command.run({ values: args.values, positionals: args.positionals }, io);
    if (json) console.log(JSON.stringify(result));
    return 0;
  } catch (err) {
    if (err instanceof CommandFailed) {
      console.error(`lotse: ${err.message}`);
      if (json) console.log(JSON.stringify(err.result));
      return 1;
    }
    if (err instanceof UsageError) {
      console.error(err.message);
      if (json) console.log(JSON.stringify({ error: err.message }));
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    console.error(`lotse: ${message}`);
    if (json) console.log(JSON.stringify({ error: message }));
    return 1;
  }
}
