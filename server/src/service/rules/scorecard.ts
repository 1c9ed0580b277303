import type { Finding } from './types';
import { defineRule } from './types';

/** A scorecard is only useful filled in, and its total has to add up. */
export const scorecard = defineRule({
  code: 'scorecard',
  description: 'A scorecard question is unanswered, or the stated total differs from the count of "yes" answers.',
  defaultSeverity: 'warning',
  groups: ['content'],
  check({ doc }) {
    const out: Finding[] = [];
    for (const card of doc.scorecards) {
      const open = card.questions.filter((q) => q.answer === null);
      if (open.length > 0 && open.length === card.questions.length && card.questions.length > 1) {
        // A blank scorecard is one problem, not one per row.
        const section = doc.sections[card.section]!;
        out.push({ range: section.heading.range, message: `None of the ${open.length} scorecard questions is answered. Answer each with yes or no.` });
      } else {
        for (const q of open) out.push({ range: q.range, message: 'Scorecard question has no answer. Answer yes or no.' });
      }
      const yes = card.questions.filter((q) => q.answer === 'yes').length;
      if (card.total && card.total.stated !== null && card.total.stated !== yes) {
        out.push({ range: card.total.range, message: `The stated total is ${card.total.stated}, but ${yes} question${yes === 1 ? ' is' : 's are'} answered yes.` });
      }
    }
    return out;
  },
});
