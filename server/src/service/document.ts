import type { PostmortemDocument } from './model';
import type { Schema } from './schema/types';
import { parseStructure } from './parse';
import { buildTimeline } from './time';

/** text → the full document model: structure first, then time on top of it. */
export function parseDocument(text: string, schema: Schema, uri = '', version = 0): PostmortemDocument {
  const structure = parseStructure(text, schema, uri, version);
  const { timeline, incident } = buildTimeline(structure);
  return { ...structure, timeline, incident };
}
