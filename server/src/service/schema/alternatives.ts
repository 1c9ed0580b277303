import type { SectionSpec } from './types';

/**
 * A section that meets two or more others is another way of writing them (Remediation for
 * Resolution and Action Items). Templates and outlines write the separate sections instead.
 */
export function isAlternative(spec: SectionSpec): boolean {
  return spec.meets.length >= 2;
}
