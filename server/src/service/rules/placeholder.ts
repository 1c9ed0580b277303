import { defineRule } from './types';

/** TODO, a TBD where a value goes, `<fill me>`, `[date]` and a template's ISSUE NAME are notes to self that must not ship. */
export const placeholder = defineRule({
  code: 'placeholder',
  description: 'Template text is still in place: TODO, XXX, FIXME, a TBD or ?? where a value goes, <…>, [date], ISSUE NAME.',
  defaultSeverity: 'warning',
  groups: ['content'],
  check({ doc }) {
    return doc.markers
      .filter((m) => m.kind === 'placeholder')
      .map((m) => ({ range: m.range, message: `Placeholder "${m.text}" is still here. Replace it with the real content.` }));
  },
});
