import type { Rule } from './types';

/** An action item nobody owns does not get done. A ticket counts: trackers carry an assignee. */
export const actionOwner: Rule = {
  code: 'action-owner',
  description: 'An action item has neither an owner (@handle, owner: name, [Name]) nor a ticket.',
  defaultSeverity: 'warning',
  check({ doc }) {
    return doc.actionItems
      .filter((a) => !a.owner && !a.ticket && a.done !== true)
      .map((a) => ({
        range: { start: a.range.start, end: { line: a.line, character: doc.lines[a.line]!.text.length } },
        message: 'Action item has no owner. Add an owner (@handle or "(owner: name)") or a ticket id such as JIRA-123.',
      }));
  },
};
