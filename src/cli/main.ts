/** `lotse <command> …`: finds the command by its words and runs it. */
import { CommandFailed, commandPath, parse, UsageError, type Command, type CommandIO } from './command';
import { commands } from './commands';

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return ['Usage: lotse <command> [--json]', '', ...commands.map((c) => `  lotse ${c.usage.padEnd(width)}  ${c.summary}`)].join('\n');
}

function find(argv: string[]): { command: Command; rest: string[] } | undefined {
  const matches = commands
    .map((command) => ({ command, path: commandPath(command) }))
    .filter(({ path }) => path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  const best = matches[0];
  return best ? { command: best.command, rest: argv.slice(best.path.length) } : undefined;
}

export async function main(argv: string[]): Promise<number> {
  const found = find(argv);
  if (!found || argv.includes('--help') || argv.includes('-h')) {
    console.log(help());
    return found || argv.length === 0 || argv.includes('--help') ? 0 : 2;
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
