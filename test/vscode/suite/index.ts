/**
 * The test runner VS Code loads from `--extensionTestsPath`: the same bundle runs in desktop VS Code
 * and in code-server (see test/vscode/run.mjs). Test files are required here, after mocha has put
 * its `suite`/`test` globals in place, so that one esbuild bundle holds the whole suite.
 */
import Mocha from 'mocha';
import { format } from 'node:util';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000, slow: 5_000 });
  routeReporterOutput();
  mocha.suite.emit('pre-require', globalThis, 'suite.js', mocha);
  require('./diagnostics.test');
  require('./features.test');
  require('./commands.test');
  require('./rule-docs.test');
  require('./first-minutes.test');
  require('./timeline.test');
  require('./archive-insights.test');
  require('./restart.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} test${failures === 1 ? '' : 's'} failed`);
}

/**
 * In code-server the extension host's console reaches the terminal only through the browser's
 * console, mixed with the workbench's own logging. The launcher sets a marker and prints only
 * the messages that carry it; desktop VS Code prints the extension host's output as it is.
 */
function routeReporterOutput(): void {
  const marker = process.env.PM_TEST_OUTPUT_MARKER;
  if (!marker) return;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(marker + format(...args));
}
