import type { Rule } from './types';

/** TODO, TBD, `??`, `<fill me>` and `[date]` are notes to self that must not ship. */
export const placeholder: Rule = {
  code: 'placeholder',
  description: 'A placeholder (TODO, TBD, XXX, FIXME, ??, <…>, [date]) is still in the text.',
  defaultSeverity: 'warning',
  check({ doc }) {
    return doc.markers
      .filter((m) => m.kind === 'placeholder')
      .map((m) => ({ range: m.range, message: `Placeholder "${m.text}" is still here. Replace it with the real content.` }));
  },
};
