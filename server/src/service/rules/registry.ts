/**
 * Every rule, in the order they run, written by `npm run generate` from the `defineRule` files in
 * this folder (a new one goes last). Adding a rule: write `rules/<code>.ts` with `defineRule`, add
 * a fixture and a docs/rules.md section, and run `npm run generate` (see docs/ARCHITECTURE.md).
 * Everything else that lists rules derives from this list.
 */
import { missingSection } from './missing-section';
import { emptySection } from './empty-section';
import { duplicateSection } from './duplicate-section';
import { missingField } from './missing-field';
import { frontmatterSyntax } from './frontmatter-syntax';
import { frontmatterInvalid } from './frontmatter-invalid';
import { placeholder } from './placeholder';
import { mergeConflict } from './merge-conflict';
import { actionOwner } from './action-owner';
import { scorecard } from './scorecard';
import { encoding } from './encoding';
import { timelineOrder } from './timeline-order';
import { timezone } from './timezone';
import { durationMismatch } from './duration-mismatch';
import { timeUnparsed } from './time-unparsed';
import { notAPostmortem } from './not-a-postmortem';
import { timelineDiagramStale } from './timeline-diagram-stale';

export const RULES = [
  missingSection,
  emptySection,
  duplicateSection,
  missingField,
  frontmatterSyntax,
  frontmatterInvalid,
  placeholder,
  mergeConflict,
  actionOwner,
  scorecard,
  encoding,
  timelineOrder,
  timezone,
  durationMismatch,
  timeUnparsed,
  notAPostmortem,
  timelineDiagramStale,
] as const;
