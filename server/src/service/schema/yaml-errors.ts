/**
 * What a YAML error in a config file is called, without quoting the file. `extends:` and the
 * configFile setting can name any file, and the `yaml` package's own messages carry pieces of
 * the text ("Unexpected root:*:20228 ..."), so a private file named as a config would show up in
 * diagnostics. These words depend only on the error's code; the range gives line and column.
 */
import type { ErrorCode } from 'yaml';

const WHAT: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
  BAD_ALIAS: 'an alias names no anchor',
  BAD_COLLECTION_TYPE: 'a tag does not fit its value',
  BAD_DIRECTIVE: 'a bad % directive',
  BAD_DQ_ESCAPE: 'a bad escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'an anchor or tag in the wrong place',
  BAD_SCALAR_START: 'a value cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a key that is not on one line',
  BLOCK_IN_FLOW: 'a block inside [ ] or { }',
  DUPLICATE_KEY: 'a key is given twice',
  IMPOSSIBLE: 'YAML that cannot be read',
  KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
  MISSING_CHAR: 'a missing comma, colon, closing bracket or quote',
  MULTILINE_IMPLICIT_KEY: 'a key that is not on one line',
  MULTIPLE_ANCHORS: 'two anchors on one value',
  MULTIPLE_DOCS: 'more than one YAML document',
  MULTIPLE_TAGS: 'two tags on one value',
  NON_STRING_KEY: 'a key that is not text',
  RESOURCE_EXHAUSTION: 'too many aliases',
  TAB_AS_INDENT: 'a tab used as indentation',
  TAG_RESOLVE_FAILED: 'an unknown tag',
  UNEXPECTED_TOKEN: 'unexpected text',
};

/** "not a valid config file: bad indentation", for any error or warning of the `yaml` package. */
export function invalidConfigMessage(code: string): string {
  const what = Object.hasOwn(WHAT, code) ? WHAT[code as ErrorCode] : 'YAML that cannot be read';
  return `not a valid config file: ${what}`;
}

/** For a file that parses as YAML but holds none of a config's keys (a private file, say). */
export const NOT_A_CONFIG = 'not a valid config file: none of its keys is extends, rules, sections or frontmatter';
