/**
 * Where a repository's config may send us. A repository writes its own `.postmortem.yaml`, so what
 * that file names (`extends:`, and the file itself when it is a link) must lie inside the
 * workspace folders or a place the user's own settings allow. Links are followed one by one and
 * each hop is checked, so a link out counts as outside. A path outside is refused before anything
 * outside is touched: the answer is the same whether or not the file exists.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

export type Located = { real: string } | { outside: true } | { error: unknown };

/** Link hops before we call it a loop, as the kernel does. */
const MAX_LINKS = 40;

function within(p: string, roots: readonly string[]): boolean {
  return roots.some((r) => p === r || p.startsWith(r.endsWith(sep) ? r : r + sep));
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The path with every link resolved, provided each step stays under one of `roots`. */
export function locateInside(path: string, roots: readonly string[]): Located {
  const all = [...new Set([...roots.map((r) => resolve(r)), ...roots.map((r) => realOrSelf(resolve(r)))])];
  return step(resolve(path), all, { links: 0 });
}

export function isWithin(path: string, roots: readonly string[]): boolean {
  return within(resolve(path), roots.map((r) => resolve(r)));
}

function step(p: string, roots: readonly string[], budget: { links: number }): Located {
  if (!within(p, roots)) return { outside: true };
  if (roots.includes(p)) return { real: realOrSelf(p) };
  const dir = step(dirname(p), roots, budget);
  if (!('real' in dir)) return dir;
  const q = join(dir.real, basename(p));
  if (!within(q, roots)) return { outside: true };
  try {
    if (!lstatSync(q).isSymbolicLink()) return { real: q };
    if (++budget.links > MAX_LINKS) return { error: Object.assign(new Error('link loop'), { code: 'ELOOP' }) };
    return step(resolve(dir.real, readlinkSync(q)), roots, budget);
  } catch (e) {
    return { error: e };
  }
}
