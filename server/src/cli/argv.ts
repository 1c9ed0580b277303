/**
 * Command lines, read by Node's own parser (`util.parseArgs`): `--flag value`, `--flag=value`,
 * repeated options, short aliases, `--` before paths that start with a dash. Its errors become
 * one-line usage errors (exit 2); what each value may be is checked by the command.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface Argv {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** `hint` ends an unknown-option message: "(see --help)", "for report (see report --help)". */
export function readArgv(argv: readonly string[], options: OptionSpecs, hint: string): Argv {
  let parsed: Argv;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(usageMessage(e, hint));
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.some((v) => v === ''))) throw new UsageError(`option --${name} needs a value`);
  }
  return parsed;
}

function usageMessage(e: unknown, hint: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  // "Option '-o, --output <value>' argument missing": the long name when there is one.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const flag = quoted.split(/[ ,]+/).filter((w) => w.startsWith('-')).pop() ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${flag}' ${hint}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /does not take an argument/.test(message) ? `option ${flag} takes no value` : `option ${flag} needs a value`;
  return message.split('\n')[0]!;
}

/** The value of a string option, or undefined. */
export function text(a: Argv, name: string): string | undefined {
  const v = a.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Every value of a repeatable string option. */
export function texts(a: Argv, name: string): string[] {
  const v = a.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function flag(a: Argv, name: string): boolean {
  return a.values[name] === true;
}
