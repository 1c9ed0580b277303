/**
 * Severity and services, from front matter or fields. A value that reads like prose rather than
 * a label is left out: the report would rather show a blank than a sentence in a severity column.
 */
import type { PostmortemDocument } from '../service';

const MAX_LABEL = 24;
const MAX_SERVICE = 40;
const MAX_SERVICES = 8;

/** A scalar front-matter value under one of these keys (case-insensitive), as text. */
export function frontMatterValue(doc: PostmortemDocument, keys: readonly string[]): string | null {
  const v = frontMatterEntry(doc, keys);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  return null;
}

function frontMatterEntry(doc: PostmortemDocument, keys: readonly string[]): unknown {
  const data = doc.frontMatter?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  for (const [k, v] of Object.entries(data)) if (keys.includes(normal(k))) return v;
  return undefined;
}

export function severityOf(doc: PostmortemDocument): string | null {
  const raw = frontMatterValue(doc, ['severity', 'sev']) ?? doc.fields.find((f) => f.id === 'severity' && f.value.trim() !== '')?.value ?? null;
  if (raw === null) return null;
  const level = /\b(sev|p|s)\s?-?\s?(\d)\b/i.exec(raw);
  if (level) return `${level[1]!.toUpperCase()}${level[2]}`;
  const plain = raw.replace(/[*_`]/g, '').trim();
  if (plain.length === 0 || plain.length > MAX_LABEL || /[.!?]/.test(plain)) return null;
  return /^(critical|high|major|medium|moderate|minor|low)$/i.test(plain) ? plain.toLowerCase() : null;
}

export function servicesOf(doc: PostmortemDocument, labels: readonly string[]): string[] {
  const wanted = labels.map(normal);
  const fm = frontMatterEntry(doc, wanted);
  let values: string[] = [];
  if (Array.isArray(fm)) values = fm.filter((v): v is string => typeof v === 'string');
  else if (typeof fm === 'string') values = split(fm);
  else {
    const field = doc.fields.find((f) => wanted.includes(normal(f.key)) && f.value.trim() !== '');
    if (field) values = split(field.value);
  }
  const clean = values.map((v) => v.replace(/[*_`]/g, '').trim()).filter((v) => v.length > 0 && v.length <= MAX_SERVICE && !/[.!?]$/.test(v));
  // A list this long, or an item this long, is a sentence about services, not a list of them.
  if (clean.length !== values.length || clean.length > MAX_SERVICES) return [];
  return [...new Set(clean)];
}

function split(value: string): string[] {
  return value.split(/\s*(?:,|;|\band\b)\s*/).filter((v) => v.trim() !== '');
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').replace(/:$/, '').trim();
}
