import { defineRule } from './types';

/** U+FFFD and mojibake mean the text went through a wrong encoding conversion somewhere. */
export const encoding = defineRule({
  code: 'encoding',
  description: 'Text was damaged by an encoding conversion: U+FFFD characters, or UTF-8 read as Latin-1 (mojibake such as "Ã©").',
  defaultSeverity: 'warning',
  groups: ['text'],
  check({ doc }) {
    return doc.markers
      .filter((m) => m.kind === 'replacement-character' || m.kind === 'mojibake')
      .map((m) =>
        m.kind === 'mojibake' && m.fixed !== undefined
          ? {
              range: m.range,
              message: `"${m.text}" looks like "${m.fixed}" decoded with the wrong encoding.`,
              fixes: [{ title: `Replace with "${m.fixed}"`, edits: [{ range: m.range, newText: m.fixed }], safe: true }],
            }
          : { range: m.range, message: 'Replacement character (U+FFFD): the original character was lost in an encoding conversion. Retype it.' },
      );
  },
});
