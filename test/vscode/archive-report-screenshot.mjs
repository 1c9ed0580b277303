// The README's picture of the archive report: `postmortem-lint report --format html` over the
// examples and the insights fixtures (our own text), rendered offline in headless chromium.
// Run after `npm run build`: node test/vscode/archive-report-screenshot.mjs
import { spawnSync } from 'node:child_process';
import { launchChromium } from './code-server.mjs';

const OUT = 'docs/images/archive-report.png';
const r = spawnSync(process.execPath, ['dist/cli.js', 'report', '--format', 'html', '--as-of', '2025-12-31', 'examples', 'test/fixtures/insights'], { encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const { page, close } = await launchChromium({ viewport: { width: 1280, height: 1400 } });
try {
  // No network is needed: the report has no external references, and the page is offline.
  await page.context().setOffline(true);
  await page.setContent(r.stdout, { waitUntil: 'load' });
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
  process.stdout.write(`wrote ${OUT}\n`);
} finally {
  await close();
}
