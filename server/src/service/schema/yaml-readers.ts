/**
 * Typed readers over the `yaml` node tree for the config parser. Each reports a problem at the
 * offending node and returns undefined, so parsing goes on and finds every mistake in one pass.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { ConfigProblem } from './config';
import { didYouMean } from './did-you-mean';
import { MAX_ALIAS_COUNT, type YamlSource } from './yaml-source';

export interface Reader {
  src: YamlSource;
  problems: ConfigProblem[];
  /** Alias expansions still allowed; see {@link deref}. */
  aliasesLeft: number;
}

/**
 * The pairs of a mapping with string keys. With `known`, other keys are reported (and skipped)
 * as unknown; with null, any key is passed on.
 */
export function* entries(
  r: Reader,
  node: Node | null,
  owner: Pair | null,
  what: string,
  known: string[] | null,
): Generator<[string, Node | null, Pair]> {
  const map = deref(r, node);
  if (!isMap(map)) {
    problem(r, `${what} should be a mapping of keys to values`, rangeOf(r, node, owner));
    return;
  }
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string') {
      problem(r, 'keys should be plain words', rangeOf(r, pair.key as Node, pair));
    } else if (known && !known.includes(key)) {
      problem(r, `unknown key '${key}'${didYouMean(key, known)}`, rangeOf(r, pair.key as Node, pair), 'warning');
    } else {
      yield [key, pair.value as Node | null, pair as Pair];
    }
  }
}

export function str(r: Reader, node: Node | null, pair: Pair, key: string): string | undefined {
  const v = deref(r, node);
  if (isScalar(v) && typeof v.value === 'string') return v.value;
  problem(r, `'${key}' should be text`, rangeOf(r, node, pair));
  return undefined;
}

/** A list of strings; `loose` also takes numbers and booleans (front-matter values like `1`). */
export function strList(r: Reader, node: Node | null, pair: Pair, key: string, loose = false): string[] | undefined {
  const seq = deref(r, node);
  const ok = (v: unknown) => typeof v === 'string' || (loose && (typeof v === 'number' || typeof v === 'boolean'));
  if (isSeq(seq)) {
    const items = seq.items.map((i) => deref(r, i as Node));
    const bad = items.find((i) => !isScalar(i) || !ok(i.value));
    if (!bad) return items.map((i) => String((i as { value: unknown }).value));
    problem(r, `'${key}' should be a list of text`, rangeOf(r, bad, pair));
    return undefined;
  }
  problem(r, `'${key}' should be a list, like [a, b]`, rangeOf(r, node, pair));
  return undefined;
}

export function bool(r: Reader, node: Node | null, pair: Pair, key: string): boolean | undefined {
  const v = deref(r, node);
  if (isScalar(v) && typeof v.value === 'boolean') return v.value;
  problem(r, `'${key}' should be true or false`, rangeOf(r, node, pair));
  return undefined;
}

export function num(r: Reader, node: Node | null, pair: Pair, key: string): number | undefined {
  const v = deref(r, node);
  if (isScalar(v) && typeof v.value === 'number' && Number.isFinite(v.value)) return v.value;
  problem(r, `'${key}' should be a number`, rangeOf(r, node, pair));
  return undefined;
}

/** Follows an alias, within a budget, so a "billion laughs" document cannot blow up. */
export function deref(r: Reader, node: Node | null | undefined): Node | null {
  if (!node || !isAlias(node)) return node ?? null;
  if (--r.aliasesLeft < 0) {
    if (r.aliasesLeft === -1) problem(r, `too many aliases (over ${MAX_ALIAS_COUNT})`, rangeOf(r, node, null));
    return null;
  }
  return (node.resolve(r.src.doc) as Node | undefined) ?? null;
}

/** The node's range; for a missing value (`key:`), the end of the key. */
export function rangeOf(r: Reader, node: Node | null | undefined, pair: Pair | null): Range {
  if (node?.range) return r.src.range(node.range[0], node.range[1]);
  const key = pair?.key as Node | undefined;
  const at = key?.range ? key.range[1] : 0;
  return r.src.range(at, at);
}

export function problem(r: Reader, message: string, range: Range, severity: ConfigProblem['severity'] = 'error'): void {
  r.problems.push({ message, range, severity });
}
