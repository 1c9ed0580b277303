import { defineRule } from './types';
import { stated, type DocumentShape } from './stated';

/**
 * A README, a security advisory or a status notice is not a postmortem: reporting five missing
 * sections on one is noise. Said once, as information, in place of the structure checks; a
 * status-page report with an update log but no headings is told why its sections are not checked.
 */
export const notAPostmortem = defineRule({
  code: 'not-a-postmortem',
  description: 'The file has no postmortem sections (and perhaps no timeline), so sections and fields are not checked.',
  defaultSeverity: 'information',
  groups: ['structure'],
  check({ doc, schema }) {
    const { shape } = stated(doc, schema);
    if (shape === 'postmortem') return [];
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0]!.text.length } }, message: MESSAGES[shape] }];
  },
});

const MESSAGES: Record<Exclude<DocumentShape, 'postmortem'>, string> = {
  unstructured:
    'This file reads as a postmortem without section headings, so its sections and fields are not checked. Headings such as "## Summary" and "## Root Cause" let them be.',
  advisory:
    'This reads as a security advisory or security report with no outage stated (no Impact or Duration), so the outage sections and fields are not checked. If there was an outage, state its Impact and Duration.',
  'not-a-postmortem':
    'This file has no timeline and no postmortem section heading, so it is not checked as a postmortem. If it is one, give it headings such as "## Summary" and "## Timeline", or `type: postmortem` in its front matter.',
};
