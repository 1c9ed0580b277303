/**
 * What one action item's text says about who owns it, which ticket tracks it and whether it is
 * already done. Each reader takes a line of text and its number, and answers with a range.
 */
import type { ActionItem, Range } from '../model';

const MENTION = /(?:^|[\s(,;])@([A-Za-z0-9][\w.-]{0,38})/;
const OWNER_LABEL = /\b(?:owners?|assignee|assigned to|who|dri)\**[ \t]*[:=][ \t]*\**[ \t]*([^,;)\]|*]{1,60})/i;
const TRAILING_BRACKET = /\[([^[\]()]{1,40})\][ \t]*$/;
export const NOT_A_NAME = /^(?:owner|owners|name|who|assignee|tbd|todo|tba|unassigned|none|n\/a|\?+|x| )$/i;
/** "DevEx will update…", "The error tracking team should monitor…": a named doer opens the item. */
const NAMED_DOER = /^(?:the )?((?:[A-Z][\w&.-]{0,40}|[a-z][\w-]{0,40} team)(?: [A-Za-z][\w&.-]{0,40}){0,3}) (?:will|should|is going to|are going to|owns|to own|ha(?:s|ve) [a-z]+ed)\b/;
/** "(Rasmus to call a meeting)": a name opening an aside. */
const NAMED_ASIDE = /\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:[ ,:]| to )[^)]*\)/;
/** "Engineers from the flags and infrastructure teams", "by the SRE team": a team doing the work. */
const NAMED_TEAM = /\b(?:by|from|with)\s+(?:the\s+)?([A-Za-z][\w&-]{0,40}(?:,? (?:and )?[A-Za-z][\w&-]{0,40}){0,3}) teams?\b/i;
const NOT_A_DOER = /^(?:we|i|it|this|that|there|these|those|what|why|how|when|where|which|see|note|e\.g|i\.e|if|not|no|done|optional|maybe|also|all|any|each|every)$/i;

const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|\bT\d{3,8}\b|(?:^|[\s(\[])#\d{1,7}\b|\b[\w.-]{1,40}#\d{1,7}\b/;
/** Links into an issue tracker: GitHub and GitLab issues and pull requests, Jira, Linear, Phabricator. */
const TRACKER_LINK = /https?:\/\/\S{1,200}?\/(?:issues|pull|merge_requests|browse|issue)\/[\w-]+|https?:\/\/linear\.app\/\S+|https?:\/\/phabricator\.\S+\/T\d+/;
/** Prefixes that look like ticket keys but name standards and severities. */
const NOT_A_TICKET = /^(?:SEV|UTF|ISO|RFC|HTTP|HTTPS|TLS|SSL|IPV|CVE|SHA|MD|AES|RSA|P)-/;

/** "The service account has been documented": the item reports what was done. */
const HAS_BEEN_DONE = /\b(?:has|have) been (?:[a-z]+ed|done|built|written|set up|put in place|rolled out)\b/i;
/** Said of the item itself: a tick, a strike-through, or a word that it is finished. */
const DONE_MARK = /[✅✔☑✓]|^~~.*~~$|\((?:done|completed?|fixed|shipped|resolved)\)|\b(?:DONE|Done|done|Completed|completed)\s*[:.!)]?\s*$|^(?:done|completed?)\b[:\s-]/i;
/** "Reverted the change", "We added an alert": written as something already done. */
const PAST_TENSE = /^(?:we(?:'ve|’ve| have)?\s+(?:\w+ly\s+)?|have\s+|has\s+)?(?:[a-z]+-)?([A-Za-z]{3,}ed)\b\s*(\w*)/i;
/** A determiner after the verb makes "Increased the limit" a report, not a noun phrase. */
const DETERMINER = /^(?:the|a|an|our|its|their|all|every|this|that|these|those)$/i;
/** Words ending in -ed that open plans as easily as reports ("Automated backups", "Need…"). */
const NOT_PAST = /^(?:need|needed|speed|feed|seed|automated|advanced|dedicated|detailed|distributed|improved|increased|reduced|expanded|extended|enhanced|centralized|standardized|unified|shared|scheduled|related|based|red|bed)$/i;

function range(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

const PLACEHOLDER_OWNER = /\b(?:owners?|assignee|who)\**[ \t]*[:=][ \t]*\**[ \t]*(?:TODO|TBD|TBA|\?{2,})\b/i;

/** `(owner: TODO)`: someone meant to name an owner and has not yet. */
export function hasPlaceholderOwner(t: string): boolean {
  return PLACEHOLDER_OWNER.test(t);
}

export function findOwner(t: string, line: number): ActionItem['owner'] {
  const m = MENTION.exec(t);
  if (m) {
    const at = m.index + m[0].indexOf('@');
    return { name: m[1]!, range: range(line, at, at + 1 + m[1]!.length), via: 'mention' };
  }
  const o = OWNER_LABEL.exec(t);
  if (o) {
    const name = o[1]!.trim();
    if (name !== '' && !NOT_A_NAME.test(name)) {
      const at = t.indexOf(name, o.index);
      return { name, range: range(line, at, at + name.length), via: 'label' };
    }
  }
  const b = TRAILING_BRACKET.exec(t);
  if (b && !NOT_A_NAME.test(b[1]!.trim()) && !/^[a-z][a-z _/-]*$/.test(b[1]!)) {
    return { name: b[1]!.trim(), range: range(line, b.index, b.index + b[0].trimEnd().length), via: 'bracket' };
  }
  return namedDoer(t, line);
}

/** A team or person named in the item's own words. */
function namedDoer(t: string, line: number): ActionItem['owner'] {
  const text = t.replace(/^[\s>*+-]*(?:\d+[.)]\s*)?(?:\[[ xX]\]\s*)?/, '');
  const doer = NAMED_DOER.exec(text);
  const aside = doer ? null : NAMED_ASIDE.exec(text);
  const team = doer || aside ? null : namedTeam(text);
  const d = doer ?? aside ?? team;
  if (!d || NOT_A_DOER.test(d[1]!.split(' ')[0]!)) return null;
  const at = t.indexOf(d[1]!);
  return { name: d[1]!, range: range(line, at, at + d[1]!.length), via: doer ? 'doer' : aside ? 'aside' : 'team' };
}

function namedTeam(text: string): RegExpExecArray | null {
  const m = NAMED_TEAM.exec(text);
  // "the team", "our team", "a new team": no one in particular.
  if (!m || /^(?:the|a|an|our|their|your|each|every|whole|same|new|one|other|entire|all|any)$/i.test(m[1]!.split(' ').pop()!)) return null;
  return m;
}

/**
 * "(issue created)", "a ticket has been raised for this", "added a backlog task", "has been
 * scheduled": tracked, though the id is not given.
 */
const TICKET_WORDS = /\b(?:issue|ticket|task|story|bug|jira|card)s? (?:has been |have been |was |were )?(?:created|raised|opened|filed|logged|added)\b|\bbacklog (?:item|task|ticket|story)s?\b|\b(?:has|have) been scheduled\b/i;

export function findTicket(t: string, line: number): ActionItem['ticket'] {
  const words = TICKET_WORDS.exec(t);
  if (words) return { id: words[0], range: range(line, words.index, words.index + words[0].length) };
  const link = TRACKER_LINK.exec(t);
  if (link) return { id: link[0], range: range(line, link.index, link.index + link[0].length) };
  const m = TICKET.exec(t);
  if (!m || NOT_A_TICKET.test(m[0])) return null;
  const id = m[0].trim().replace(/^[([]/, '');
  const at = m.index + m[0].indexOf(id);
  return { id, range: range(line, at, at + id.length) };
}

/**
 * "Has been scheduled", "An issue has been created", "added a backlog task": past tense about
 * the plan, not the work. The item is still open.
 */
const NOT_YET = /\b(?:has|have|was|were) been (?:scheduled|planned|proposed|requested|suggested|discussed|identified|assigned|prioriti[sz]ed)\b|\b(?:issue|ticket|task|story|bug|card)s? (?:has been |have been |was |were )?(?:created|raised|opened|filed|logged|added)\b|\bbacklog\b/i;

/** Whether the item's text says it is finished. `text` is the item without its list marker. */
export function saysDone(text: string): boolean {
  const t = text.replace(/^\[[ xX]\]\s*/, '').trim();
  if (DONE_MARK.test(t)) return true;
  if (NOT_YET.test(t)) return false;
  if (HAS_BEEN_DONE.test(t)) return true;
  const body = t.replace(/^(?:\*\*|__)[^*_]{1,80}(?:\*\*|__)\s*:?\s*/, '').replace(/^[^:]{1,60}:\s+(?=[A-Z])/, '');
  const p = PAST_TENSE.exec(body);
  return p !== null && (!NOT_PAST.test(p[1]!) || DETERMINER.test(p[2]!));
}

/** A heading over items that are already done: "Immediate actions (completed)", "Done"; not "To complete before…". */
export function headingSaysDone(text: string): boolean {
  return /\b(?:completed|done|finished|already|immediate)\b/i.test(text);
}
