/**
 * Applying a validated config patch to a schema. Always builds new objects: presets are shared
 * and cached, so they must never change under a caller.
 */
import type { FieldSpec, Schema, SectionSpec } from './types';
import type { ConfigPatch, FieldPatch, SectionPatch } from './config';
import { normalizeWords } from './match';
import { put } from '../own';

/** One config file in an `extends` chain. */
export interface ConfigLayer {
  /** The file's path or name, used as the schema's name. */
  name: string;
  patch: ConfigPatch;
}

/** A schema with nothing in it: the base that the default preset is built on. */
export function emptySchema(name: string): Schema {
  return { name, sections: [], rules: {}, frontmatter: { required: [], values: {} } };
}

/**
 * Returns `base` with `patch` applied, named `name`. Sections and fields are matched by id: a
 * known id is merged (given keys replace, `aliases` are added), a new id is appended. Titles and
 * aliases a patch names are taken away from every other section, so a config can move an alias
 * without creating an ambiguity. Sections come back sorted by position; a new section without a
 * position goes at the end.
 */
export function applyConfig(base: Schema, patch: ConfigPatch, name: string): Schema {
  const sections = base.sections.map(cloneSection);
  for (const sp of patch.sections) {
    const i = sections.findIndex((s) => s.id === sp.id);
    if (i >= 0) {
      sections[i] = mergeSection(sections[i]!, sp);
    } else {
      const end = sections.reduce((max, s) => Math.max(max, s.position), 0) + 10;
      sections.push(mergeSection(newSection(sp.id, end), sp));
    }
    claimSectionNames(sections, sp);
    for (const fp of sp.fields ?? []) claimFieldNames(sections, sp.id, fp);
  }
  const byPosition = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.position - b.s.position || a.i - b.i);
  const values: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(base.frontmatter.values)) put(values, k, [...v]);
  for (const [k, v] of Object.entries(patch.frontmatter.values)) put(values, k, [...v]);
  return {
    name,
    sections: byPosition.map((x) => x.s),
    rules: { ...base.rules, ...patch.rules },
    frontmatter: { required: [...(patch.frontmatter.required ?? base.frontmatter.required)], values },
  };
}

/** "customer-comms" → "Customer Comms", for sections and fields added without a title. */
function humanize(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function newSection(id: string, position: number): SectionSpec {
  return { id, title: humanize(id), aliases: [], required: false, position, fields: [], description: '', skeleton: '', meets: [], cues: [] };
}

function cloneSection(s: SectionSpec): SectionSpec {
  return { ...s, aliases: [...s.aliases], meets: [...s.meets], cues: [...s.cues], fields: s.fields.map((f) => ({ ...f, aliases: [...f.aliases], meets: [...f.meets], cues: [...f.cues] })) };
}

function key(name: string): string {
  return normalizeWords(name).join(' ');
}

/** Adds names not already present; a replaced title stays recognised as an alias. */
function addNames(existing: string[], title: string, added: string[]): string[] {
  const titleKey = key(title);
  const out = existing.filter((a) => key(a) !== titleKey);
  const seen = new Set([titleKey, ...out.map(key)]);
  for (const a of added) {
    const k = key(a);
    if (k !== '' && !seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out;
}

function mergeSection(s: SectionSpec, p: SectionPatch): SectionSpec {
  const title = p.title ?? s.title;
  const renamed = title !== s.title ? [s.title] : [];
  const fields = s.fields.map((f) => ({ ...f }));
  for (const fp of p.fields ?? []) {
    const i = fields.findIndex((f) => f.id === fp.id);
    if (i >= 0) fields[i] = mergeField(fields[i]!, fp);
    else fields.push(mergeField({ id: fp.id, label: humanize(fp.id), aliases: [], required: false, description: '', meets: [], cues: [] }, fp));
  }
  return {
    id: s.id,
    title,
    aliases: addNames(s.aliases, title, [...renamed, ...(p.aliases ?? [])]),
    required: p.required ?? s.required,
    position: p.position ?? s.position,
    fields,
    description: p.description ?? s.description,
    skeleton: p.skeleton ?? s.skeleton,
    meets: [...(p.meets ?? s.meets)],
    cues: [...(p.cues ?? s.cues)],
  };
}

function mergeField(f: FieldSpec, p: FieldPatch): FieldSpec {
  const label = p.label ?? f.label;
  const renamed = label !== f.label ? [f.label] : [];
  return {
    id: f.id,
    label,
    aliases: addNames(f.aliases, label, [...renamed, ...(p.aliases ?? [])]),
    required: p.required ?? f.required,
    description: p.description ?? f.description,
    meets: [...(p.meets ?? f.meets)],
    cues: [...(p.cues ?? f.cues)],
  };
}

function claimSectionNames(sections: SectionSpec[], p: SectionPatch): void {
  const claimed = new Set([p.title ?? '', ...(p.aliases ?? [])].map(key).filter((k) => k !== ''));
  if (claimed.size === 0) return;
  for (const s of sections) {
    if (s.id !== p.id) s.aliases = s.aliases.filter((a) => !claimed.has(key(a)));
  }
}

function claimFieldNames(sections: SectionSpec[], sectionId: string, p: FieldPatch): void {
  const claimed = new Set([p.label ?? '', ...(p.aliases ?? [])].map(key).filter((k) => k !== ''));
  if (claimed.size === 0) return;
  for (const s of sections) {
    for (const f of s.fields) {
      if (s.id !== sectionId || f.id !== p.id) f.aliases = f.aliases.filter((a) => !claimed.has(key(a)));
    }
  }
}
