/**
 * One postmortem's facts for the archive report, read from the service's analysis. Pure: the
 * model and diagnostics in, a small record out. When the document does not say, the fact is null:
 * a blank in the report is better than a guess.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { stated, type ActionItem, type PostmortemDocument, type Schema } from '../service';
import type { Completeness, IncidentFacts, OpenAction } from './types';
import { incidentDate, isoDay } from './dates';
import { rootCausePhrases } from './phrases';
import { frontMatterValue, severityOf, servicesOf } from './labels';

export interface FactOptions {
  /** Labels (front matter keys or fields) that name the affected services. */
  serviceLabels?: readonly string[];
}

export const DEFAULT_SERVICE_LABELS = ['services', 'service', 'affected services', 'affected service', 'systems affected', 'components'];
const MAX_ACTION_TEXT = 160;

export function extractFacts(file: string, doc: PostmortemDocument, diagnostics: readonly Diagnostic[], schema: Schema, options: FactOptions = {}): IncidentFacts {
  const { title, line } = titleOf(doc);
  const { date, source } = incidentDate(doc, file);
  const items = doc.actionItems;
  const open = items.filter((a) => a.done !== true);
  const i = doc.incident;
  const trusted = i.source !== null && i.source !== 'entries';
  const minute = (m: number | null): number | null => (trusted ? m : null);
  return detached({
    file,
    kind: kindOf(file, doc, schema),
    line,
    title,
    date,
    dateSource: source,
    severity: severityOf(doc),
    services: servicesOf(doc, options.serviceLabels ?? DEFAULT_SERVICE_LABELS),
    minutes: { duration: minute(i.durationMinutes), ttd: minute(i.timeToDetectMinutes), ttm: minute(i.timeToMitigateMinutes), ttr: minute(i.timeToResolveMinutes) },
    actions: { total: items.length, done: items.length - open.length, open: open.length, withOwner: items.filter((a) => ownerName(a) !== null).length },
    openActions: open.map(openAction),
    completeness: completeness(doc, schema),
    diagnostics: diagnosticCounts(diagnostics),
    rootCausePhrases: rootCausePhrases(doc, schema),
  });
}

/**
 * A copy that shares no string with the document. A string cut from the text with `slice` keeps
 * the whole text alive, so one owner's name would hold a 15 KB postmortem in memory for the rest
 * of an archive run. A JSON round trip is cheap at this size and misses no field.
 */
function detached(facts: IncidentFacts): IncidentFacts {
  return JSON.parse(JSON.stringify(facts)) as IncidentFacts;
}

function kindOf(file: string, doc: PostmortemDocument, schema: Schema): IncidentFacts['kind'] {
  if (/(?:^|[^a-z])template(?:[^a-z]|$)/i.test(file.slice(file.lastIndexOf('/') + 1))) return 'template';
  return stated(doc, schema).shape === 'not-a-postmortem' ? 'not-a-postmortem' : 'incident';
}

function titleOf(doc: PostmortemDocument): { title: string | null; line: number } {
  const top = titleHeading(doc);
  const fm = frontMatterValue(doc, ['title']);
  if (fm) return { title: fm, line: top?.line ?? 0 };
  return top ? { title: top.text.trim() || null, line: top.line } : { title: null, line: 0 };
}

/** The first heading before any section the schema knows, when it names none itself ("Summary" is not a title). */
function titleHeading(doc: PostmortemDocument): PostmortemDocument['headings'][number] | null {
  for (const s of doc.sections) {
    if (s.ids.length > 0) return null;
    if (s.heading.level <= 2 && s.heading.text.trim() !== '') return s.heading;
  }
  return null;
}

function openAction(a: ActionItem): OpenAction {
  const first = a.text.split('\n')[0]!.trim();
  return {
    line: a.line,
    text: first.length > MAX_ACTION_TEXT ? `${first.slice(0, MAX_ACTION_TEXT - 1)}…` : first,
    owner: ownerName(a),
    ticket: a.ticket?.id ?? null,
    due: dueDate(a.text),
  };
}

/**
 * The owner the report names and counts, or null. An owner written where owners go (`@handle`,
 * `owner:`, an owner column, `[name]`) or a team the item names is taken. One read from the item's
 * opening words is taken only when it reads as a name ("DevEx", "Platform Team", "sre team"),
 * not as the start of a sentence ("Unstable changes should…"); a name in an aside ("(Docker images
 * etc)") never is. The checker still counts those as owners, so it stays silent on them: for the
 * rule a miss is cheaper than a false report, and for the report a blank is cheaper than a wrong name.
 */
/**
 * A team ("SRE team", "the infra team"), a phrase of capitalised words ("Platform Engineering"), or
 * one word written as a name rather than a sentence's first word ("DevEx", "SRE"). "Alerts should…"
 * could be either, so a single capitalised word is not enough.
 */
const READS_AS_NAME = /^(?:[\w&.-]+(?: [\w&.-]+)* teams?|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)+|[A-Z][a-z]*[A-Z][\w&.-]*)$/;

function ownerName(a: ActionItem): string | null {
  const o = a.owner;
  if (!o || o.via === 'aside' || /,|\b(?:if|we|should|and|or|the|of|from|to|is|are|be|will|when)\b/i.test(o.name)) return null;
  if (o.via === 'doer' && !READS_AS_NAME.test(o.name)) return null;
  return o.name;
}

/** Only a date the item calls a due date ("due 2025-04-01", "by: 2025-04-01"); any other date may mean anything. */
function dueDate(text: string): string | null {
  const m = /\b(?:due|by|deadline)\b\W{0,3}(\d{4}-\d{2}-\d{2})\b/i.exec(text);
  return m ? isoDay(m[1]!) : null;
}

function completeness(doc: PostmortemDocument, schema: Schema): Completeness {
  const required = schema.sections.filter((s) => s.required);
  const met = stated(doc, schema).sections;
  const sectionsMet = required.filter((s) => met.has(s.id)).length;
  const owned = doc.actionItems.filter((a) => ownerName(a) !== null).length;
  const entries = doc.timeline.entries.length;
  const readableTimeline = entries > 0 && !doc.timeline.problems.some((p) => p.kind === 'unread' || p.kind === 'unparsed');
  const parts = [readableTimeline ? 1 : 0];
  if (required.length > 0) parts.push(sectionsMet / required.length);
  if (doc.actionItems.length > 0) parts.push(owned / doc.actionItems.length);
  const score = Math.round((100 * parts.reduce((a, b) => a + b, 0)) / parts.length);
  return { score, sectionsMet, sectionsRequired: required.length, owned, actionItems: doc.actionItems.length, readableTimeline };
}

function diagnosticCounts(diagnostics: readonly Diagnostic[]): IncidentFacts['diagnostics'] {
  const out = { errors: 0, warnings: 0, other: 0, codes: {} as Record<string, number> };
  for (const d of diagnostics) {
    if (d.severity === 1) out.errors++;
    else if (d.severity === 2) out.warnings++;
    else out.other++;
    const code = String(d.code ?? 'other');
    out.codes[code] = (out.codes[code] ?? 0) + 1;
  }
  return out;
}
