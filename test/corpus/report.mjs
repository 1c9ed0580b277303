// `npm run corpus -- DIR...`: how the checker reads a folder of real postmortems, for a person to
// judge. For each rule: its count and five sampled diagnostics with file:line and the line's text.
// Then the documents that have a timeline section but no entries, and the documents that come out
// clean. Samples are spread evenly over each rule's diagnostics, so the same corpus always gives
// the same sample and a reviewer can record a verdict against it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const perRule = Number(process.env.CORPUS_SAMPLES ?? 5);
if (args.length === 0) {
  console.error('usage: npm run corpus -- DIR... [--preset NAME]');
  process.exit(2);
}

function lint(paths) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status === 2 || !r.stdout) {
    console.error(r.stderr || 'postmortem-lint gave no output');
    process.exit(2);
  }
  return JSON.parse(r.stdout);
}

function spread(list, n) {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

const lineCache = new Map();
function lineOf(file, line) {
  if (!lineCache.has(file)) lineCache.set(file, readFileSync(file, 'utf8').split(/\r?\n/));
  const text = lineCache.get(file)[line - 1] ?? '';
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

const results = lint(args);
const byRule = new Map();
const clean = [];
const unreadTimelines = [];
for (const r of results) {
  const diags = r.diagnostics ?? [];
  for (const d of diags) {
    if (!byRule.has(d.code)) byRule.set(d.code, []);
    byRule.get(d.code).push({ file: r.file, ...d });
  }
  if (!diags.some((d) => d.severity === 'error' || d.severity === 'warning')) clean.push(r.file);
  const hasTimeline = (r.sections ?? []).some((s) => s.id === 'timeline');
  if (hasTimeline && (r.timeline ?? []).length === 0) unreadTimelines.push(r);
}

const rel = (f) => relative(process.cwd(), f);
const out = [];
out.push(`# Corpus report: ${results.length} documents`, '');
out.push('| rule | diagnostics | documents |', '|---|---|---|');
const rules = [...byRule.entries()].sort((a, b) => b[1].length - a[1].length);
for (const [code, list] of rules) out.push(`| ${code} | ${list.length} | ${new Set(list.map((d) => d.file)).size} |`);
for (const [code, list] of rules) {
  out.push('', `## ${code}`, '');
  for (const d of spread(list, perRule)) {
    out.push(`- ${rel(d.file)}:${d.line} (${d.severity}) ${d.message}`);
    out.push(`  > ${lineOf(d.file, d.line)}`);
  }
}
out.push('', `## Timeline sections with no entries (${unreadTimelines.length})`, '');
for (const r of unreadTimelines) {
  const unread = (r.diagnostics ?? []).some((d) => d.code === 'time-unparsed');
  out.push(`- ${rel(r.file)}${unread ? ' (the writer is told)' : ' (silent)'}`);
}
out.push('', `## Clean: no errors or warnings (${clean.length} of ${results.length})`, '');
for (const f of clean) out.push(`- ${rel(f)}`);
console.log(out.join('\n'));
