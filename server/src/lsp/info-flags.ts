/**
 * `postmortem-language-server --version` and `--help`. Checked before the connection is created:
 * with neither --stdio nor --node-ipc, creating it would fail with a stack trace.
 */
export const SERVER_USAGE = `Usage: postmortem-language-server --stdio | --node-ipc

The Postmortem Language Tools language server. An editor starts it and talks the Language
Server Protocol to it over stdio (--stdio) or Node IPC (--node-ipc). Settings are read from
the client's "postmortem" configuration section; see the README for editor set-ups.

  --stdio          talk LSP over stdin and stdout
  --node-ipc       talk LSP over Node IPC (the VS Code extension uses this)
  -h, --help       show this help
  --version        print the version`;

/** The text to print and exit with, or null when the server should start. */
export function infoFlagOutput(argv: readonly string[], version: string): string | null {
  if (argv.includes('--version')) return version;
  if (argv.includes('--help') || argv.includes('-h')) return SERVER_USAGE;
  return null;
}
