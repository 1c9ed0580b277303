/**
 * Whether `below`, the line right after inserted text, is all `-` or all `=`: it would turn the
 * inserted last line into a setext heading, so the insertion must end with a blank line.
 */
export function underlinesAbove(below: { text: string } | undefined): boolean {
  return /^(?:-+|=+)$/.test(below?.text.trim() ?? '');
}
