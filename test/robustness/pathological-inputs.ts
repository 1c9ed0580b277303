/**
 * Inputs built to find crashes, quadratic paths and memory blow-ups (issue 7). Each generator
 * takes a size so the scaling checks can build the same shape at n and 4n; the defaults are the
 * sizes the issue names. The benchmark (`npm run bench`) can time these same inputs.
 */

export interface PathologicalInput {
  name: string;
  /** Builds the document (or config file) at `n`, the input's natural unit (lines, levels, characters). */
  make: (n: number) => string;
  /** The size the issue asks for. */
  n: number;
  /** A size that runs in a few milliseconds, for the n-versus-4n scaling check. */
  small: number;
  /** True for config-file text (`parseConfig`), false for a postmortem (`analyze`). */
  config?: boolean;
  /** False when the text grows faster than `n` (a staircase), so n-versus-4n says nothing. */
  linear?: boolean;
}

const WORDS = 'the pool limit was global so every host queued behind the same lock ';

/** A realistic postmortem repeated to `n` characters: sections, fields, a timeline, action items. */
export function sizedDocument(n: number): string {
  const head = '---\ntitle: Big export\ndate: 2024-09-17\nseverity: SEV2\n---\n\n# Big export\n\n## Summary\n\n**Duration:** 2h 30m\n**Impact:** Checkout was slow.\n**Root Cause:** A pool limit.\n\n## Timeline\n\nAll times in UTC.\n\n';
  const parts: string[] = [head];
  let size = head.length;
  for (let k = 0; size < n; k++) {
    const block = k % 4 === 0
      ? `- **${String(Math.floor(k / 60) % 24).padStart(2, '0')}:${String(k % 60).padStart(2, '0')} UTC:** step ${k}, ${WORDS}\n`
      : k % 4 === 1
        ? `- [ ] Raise the limit on host ${k} (owner: @kim, JIRA-${k % 9999 + 1})\n`
        : k % 4 === 2
          ? `| ${k} | ${WORDS.slice(0, 30)} | yes |\n`
          : `${WORDS}${WORDS}\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('').slice(0, n);
}

/** A timeline of `n` entries over several days, with zones, ranges and milestones. */
export function timelineDocument(n: number): string {
  const lines = ['# Long burn', '', '## Summary', '', '**Duration:** 7 days', '', '## Timeline', '', 'All times in UTC.', ''];
  const words = ['alert fired', 'rolled back', 'investigating', 'resolved', 'paged the team', 'deploy started'];
  for (let k = 0; k < n; k++) {
    const hh = String(Math.floor(k / 60) % 24).padStart(2, '0');
    const mm = String(k % 60).padStart(2, '0');
    lines.push(`- **${hh}:${mm} UTC:** ${words[k % words.length]} on host ${k}, between ${hh}:${mm} and ${hh}:${mm} PST`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line of `n` characters of prose with times, zones and markup in it. */
export function longLine(n: number): string {
  const unit = `${WORDS}at 14:05 UTC, **bold** _it_ <x> TODO [name] JIRA-1 `;
  return `# Summary\n\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}\n`;
}

/** `n` levels of list nesting written compactly (`- - - x`), so the text stays linear in `n`. */
export function nestedLists(n: number): string {
  return `## Timeline\n\n${'- '.repeat(n)}14:05 UTC deep\n${'1. '.repeat(n)}x\n`;
}

/** A list whose items step in by two spaces each line, `n` levels deep (quadratic text: keep `n` small). */
export function staircaseList(n: number): string {
  return `## Timeline\n\n${Array.from({ length: n }, (_, k) => `${'  '.repeat(k)}- 14:${String(k % 60).padStart(2, '0')} level ${k}`).join('\n')}\n`;
}

/** `n` levels of blockquote, spaced and unspaced. */
export function nestedQuotes(n: number): string {
  return `## Summary\n\n${'> '.repeat(n)}deep at 14:05\n${'>'.repeat(n)} deeper\n`;
}

/** One deeply quoted line: `n` `>` markers and then text. */
export function deepQuoteLine(n: number): string {
  return `## Summary\n\n${'> '.repeat(n)}deep\n`;
}

export function pipeRow(n: number): string {
  return `## Action Items\n\n| Action | Owner |\n| --- | --- |\n|${' x |'.repeat(n)}\n`;
}

export function manyHeadings(n: number): string {
  return Array.from({ length: n }, (_, k) => `${'#'.repeat(1 + (k % 6))} Heading ${k}\n\ntext\n`).join('\n');
}

/** A run of `n` copies of `ch` on one line, after a heading. */
export function run(ch: string): (n: number) => string {
  return (n) => `## Summary\n\n${ch.repeat(n)}\n`;
}

/** The same run as a line of its own at the top (where heading, front-matter and fence rules look). */
export function bareRun(ch: string): (n: number) => string {
  return (n) => ch.repeat(n);
}

/** Front matter whose aliases would expand to 10^n... nodes if followed ("billion laughs"). */
export function aliasBombFrontMatter(levels: number): string {
  return `---\n${yamlAliasBomb(levels)}---\n\n# Summary\n\ntext\n`;
}

export function yamlAliasBomb(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let k = 1; k <= levels; k++) lines.push(`a${k}: &a${k} [${Array.from({ length: 10 }, () => `*a${k - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** YAML nested `n` levels deep: flow sequences, flow mappings and compact block sequences. */
export function deepYaml(n: number): string {
  return `seq: ${'['.repeat(n)}${']'.repeat(n)}\nmap: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\nlist:\n  ${'- '.repeat(n)}x\n`;
}

export function deepYamlFrontMatter(n: number): string {
  return `---\n${deepYaml(n)}---\n\n# Summary\n`;
}

/** A valid config file padded to `n` characters with sections. */
export function bigConfig(n: number): string {
  const parts = ['extends: default\nrules:\n  placeholder: warning\nsections:\n'];
  let size = parts[0]!.length;
  for (let k = 0; size < n; k++) {
    const s = `  - id: extra-${k}\n    title: Extra ${k}\n    aliases: [More ${k}, Other ${k}]\n    required: false\n`;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** Front matter of `n` keys (issue 12: yaml's duplicate-key check made this quadratic). */
export function manyKeysFrontMatter(n: number): string {
  return `---\n${Array.from({ length: n }, (_, k) => `key${k}: value ${k}`).join('\n')}\n---\n\n# Summary\n\ntext\n`;
}

/** A config of `n` characters, nearly all of it one mapping of distinct keys (issue 12). */
export function manyKeysConfig(n: number): string {
  const parts = ['sections:\n  - id: extra\nfrontmatter:\n  values:\n'];
  let size = parts[0]!.length;
  for (let k = 0; ; k++) {
    const line = `    key${k}: [a, b]\n`;
    if (size + line.length > n) break;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

export const PATHOLOGICAL: PathologicalInput[] = [
  { name: '5 MB document', make: sizedDocument, n: 5_000_000, small: 250_000 },
  { name: '100,000-line timeline', make: timelineDocument, n: 100_000, small: 5_000 },
  { name: 'single 1 MB line', make: longLine, n: 1_000_000, small: 100_000 },
  { name: '10,000 levels of nested lists', make: nestedLists, n: 10_000, small: 10_000 },
  { name: '1,000-level staircase list (1 MB)', make: staircaseList, n: 1_000, small: 250, linear: false },
  { name: '10,000 levels of blockquotes', make: nestedQuotes, n: 10_000, small: 10_000 },
  { name: 'one line quoted 100,000 deep', make: deepQuoteLine, n: 100_000, small: 20_000 },
  { name: 'table row with 100,000 |', make: pipeRow, n: 100_000, small: 20_000 },
  { name: '50,000 headings', make: manyHeadings, n: 50_000, small: 5_000 },
  ...['*', '_', '#', '=', '<', ':', '-', '`', '|', '[', '0:', '**', '<!--', ' '].map((ch) => ({
    name: `200 KB of ${JSON.stringify(ch)}`, make: run(ch), n: Math.ceil(200_000 / ch.length), small: Math.ceil(20_000 / ch.length),
  })),
  ...['*', '_', '#', '=', '<', ':', '-', '`'].map((ch) => ({
    name: `200 KB of ${JSON.stringify(ch)} as the whole document`, make: bareRun(ch), n: 200_000, small: 20_000,
  })),
  { name: 'front matter alias bomb', make: aliasBombFrontMatter, n: 9, small: 3 },
  { name: 'front matter nested 10,000 deep', make: deepYamlFrontMatter, n: 10_000, small: 2_500 },
  { name: 'config alias bomb', make: yamlAliasBomb, n: 9, small: 3, config: true },
  { name: 'config nested 10,000 deep', make: deepYaml, n: 10_000, small: 2_500, config: true },
  { name: '10 MB config file', make: bigConfig, n: 10_000_000, small: 100_000, config: true },
  { name: 'front matter with 40,000 keys', make: manyKeysFrontMatter, n: 40_000, small: 4_000 },
  { name: 'front matter with 1,000 keys (the limit)', make: manyKeysFrontMatter, n: 1_000, small: 250 },
  { name: 'config at the 64 KB size cap, one mapping of keys', make: manyKeysConfig, n: 64 * 1024, small: 16 * 1024, config: true },
];
