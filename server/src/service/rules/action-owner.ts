import { defineRule } from './types';
import type { ActionItem, PostmortemDocument, Range } from '../model';
import type { Fix } from './types';

/**
 * An action item nobody owns does not get done. A ticket counts (trackers carry an assignee), and
 * so does a team or person the item names. Items already done need no owner.
 */
export const actionOwner = defineRule({
  code: 'action-owner',
  description: 'An open action item has neither an owner (@handle, owner: name, a named team) nor a ticket.',
  defaultSeverity: 'warning',
  groups: ['content'],
  check({ doc }) {
    return doc.actionItems
      // `owner: TODO` is reported by the placeholder rule; saying it twice helps nobody.
      .filter((a) => !a.owner && !a.ticket && a.done !== true && !a.ownerPlaceholder)
      .map((a) => ({
        range: { start: a.range.start, end: { line: a.line, character: doc.lines[a.line]!.text.length } },
        message: 'Action item has no owner. Add an owner (@handle or "(owner: name)") or a ticket id such as JIRA-123.',
        fixes: a.ownerSlot && isBlank(doc, a.ownerSlot) ? [ownerFix(doc, a, a.ownerSlot)] : [],
      }));
  },
});

/**
 * Puts an owner placeholder where this item's style keeps owners: its table's owner cell, or
 * `(owner: TODO)` at the end of its line. Editor only: it hands the writer a blank to fill, and
 * `--fix` filling every item with TODO would help nobody.
 */
/** Only an empty slot: an owner cell that says `n/a` is the writer's answer, not a gap to overwrite. */
function isBlank(doc: PostmortemDocument, slot: Range): boolean {
  return doc.lines[slot.start.line]!.text.slice(slot.start.character, slot.end.character).trim() === '';
}

function ownerFix(doc: PostmortemDocument, a: ActionItem, slot: Range): Fix {
  const newText = doc.lines[a.line]!.kind === 'table-row' ? 'TODO' : ' (owner: TODO)';
  return { title: 'Add an owner placeholder', edits: [{ range: slot, newText }], safe: false };
}
