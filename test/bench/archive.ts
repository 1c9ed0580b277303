/**
 * A synthetic archive of postmortems at a fixed seed, for the archive report's benchmark: sizes
 * spread from a few KB to about 50 KB, front matter in most (with dates over four years,
 * severities and services) and none in the rest, every heading style. Written once under
 * .cache/ in ten folders of 1,000 files, so the 1,000 / 4,000 / 10,000 runs read the same files.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded, type Random } from './random';
import { sizedDocument } from './generate';
import { SERVICES } from './prose';

export const ARCHIVE_SEED = 17;
export const FOLDER_FILES = 1_000;
const FOLDERS = 10;
const VERSION = 'v1';
const MIN_BYTES = 2 * 1024;
const MAX_BYTES = 50 * 1024;
const DAY = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2022, 0, 1);

export interface Archive {
  root: string;
  /** Folders of FOLDER_FILES files each. */
  folders: string[];
  bytes: number;
}

export function benchArchive(): Archive {
  const root = join('.cache', 'bench-archive', `${VERSION}-seed${ARCHIVE_SEED}`);
  const folders = Array.from({ length: FOLDERS }, (_, k) => join(root, `part-${String(k).padStart(2, '0')}`));
  const done = join(root, 'complete.json');
  if (existsSync(done)) return { root, folders, bytes: (JSON.parse(readFileSync(done, 'utf8')) as { bytes: number }).bytes };
  rmSync(root, { recursive: true, force: true });
  const r = seeded(ARCHIVE_SEED);
  let bytes = 0;
  folders.forEach((folder, k) => {
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < FOLDER_FILES; i++) {
      const n = k * FOLDER_FILES + i;
      const text = archiveDocument(r, n);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(folder, `${String(n).padStart(5, '0')}-incident.md`), text);
    }
  });
  writeFileSync(done, JSON.stringify({ bytes }));
  return { root, folders, bytes };
}

/** Log-uniform sizes: many short postmortems, a few long ones, about 15 KB on average. */
function archiveDocument(r: Random, n: number): string {
  const size = Math.round(MIN_BYTES * Math.exp(r.next() * Math.log(MAX_BYTES / MIN_BYTES)));
  const text = sizedDocument(`doc${n}`, size, ARCHIVE_SEED * 100_000 + n).text;
  const day = new Date(FIRST_DAY + r.int(0, 4 * 365) * DAY).toISOString().slice(0, 10);
  const services = [r.pick(SERVICES), ...(r.chance(0.3) ? [r.pick(SERVICES)] : [])];
  const front = ['---', `title: Synthetic incident ${n}`, `date: ${day}`, `severity: SEV${r.int(1, 4)}`, `services: [${[...new Set(services)].join(', ')}]`, 'status: final', '---', ''];
  const body = text.slice(text.indexOf('\n---\n') + 5);
  // One in four keeps no front matter at all: its facts come from the body, as in older archives.
  return r.chance(0.25) ? body : front.join('\n') + body;
}
