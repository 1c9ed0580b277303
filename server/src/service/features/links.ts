/** Ticket ids in action items, linked through the `ticketUrl` template. */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { PostmortemDocument } from '../model';

/**
 * A link for each action item's ticket. `{id}` in the template is replaced by the URL-encoded id;
 * a template without `{id}` gets the id appended. No template, no links.
 */
export function documentLinks(doc: PostmortemDocument, ticketUrl: string | undefined): DocumentLink[] {
  if (!ticketUrl) return [];
  const out: DocumentLink[] = [];
  for (const item of doc.actionItems) {
    if (!item.ticket) continue;
    const id = encodeURIComponent(item.ticket.id);
    const target = ticketUrl.includes('{id}') ? ticketUrl.replaceAll('{id}', id) : ticketUrl + id;
    out.push({ range: item.ticket.range, target, tooltip: `Open ${item.ticket.id}` });
  }
  return out;
}
