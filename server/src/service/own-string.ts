/**
 * Strings cut from a document with `slice` point into the whole document text. A cache that
 * outlives one version must not keep such a string, or every cached line would keep its version's
 * entire text alive: a 1 MB document typed into 100 times would hold 100 MB.
 */

/**
 * A copy of `s` that holds only its own characters. Concatenating and slicing again makes V8
 * flatten the pair into a fresh string, which is the cheapest copy it offers.
 */
export function ownString(s: string): string {
  return (s + ' ').slice(0, -1);
}
