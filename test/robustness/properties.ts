/**
 * The properties, shared by the fixed-seed CI test and the open-ended fuzz run.
 */
import fc from 'fast-check';
import { parseConfig, applyConfig } from '../../server/src/service/schema/config';
import { getPreset } from '../../server/src/service/schema/presets';
import { arbitraryText, configText, FIXTURES, mutatedFixture, schemaArb, SCHEMAS } from './arbitraries';
import { checkDocument, checkRange, lineLengths } from './invariants';
import { PROTOCOL_PROPERTIES } from './protocol-properties';

export interface NamedProperty {
  name: string;
  property: () => fc.IPropertyWithHooks<unknown[]> | fc.IProperty<unknown[]>;
  /** Runs per CI test; the whole file stays well under a minute on two cores. */
  ciRuns: number;
  /** False for a property over a fixed, small set of inputs: fuzzing it longer finds nothing new. */
  fuzz?: boolean;
}

/** A config file never throws, every problem has a range inside it, and applying it never throws. */
function checkConfig(text: string): void {
  const parsed = parseConfig(text);
  const lengths = lineLengths(text);
  for (const p of parsed.problems) checkRange(lengths, p.range, `config problem "${p.message}"`);
  applyConfig(getPreset('default')!, parsed.patch, 'fuzz');
}

export const PROPERTIES: NamedProperty[] = [
  {
    name: 'every fixture, unchanged, keeps every invariant under every schema',
    property: () => fc.property(fc.constantFrom(...FIXTURES.map((f) => f.path)), schemaArb, (f, schema) => {
      checkDocument(FIXTURES.find((x) => x.path === f)!.text, SCHEMAS[schema]!);
    }),
    ciRuns: 60,
    fuzz: false,
  },
  {
    name: 'arbitrary text: no feature throws, ranges inside, numbers finite, fixes clean',
    property: () => fc.property(arbitraryText, schemaArb, (text, schema) => {
      checkDocument(text, SCHEMAS[schema]!, { hoverBudget: 3000 });
    }),
    ciRuns: 300,
  },
  {
    name: 'mutated fixtures: no feature throws, ranges inside, numbers finite, fixes clean',
    property: () => fc.property(mutatedFixture, schemaArb, (text, schema) => {
      checkDocument(text, SCHEMAS[schema]!, { hoverBudget: 4000, fixBudget: 15 });
    }),
    ciRuns: 200,
  },
  {
    name: 'config files: parseConfig never throws and every problem lies inside the file',
    property: () => fc.property(configText, (text) => {
      checkConfig(text);
    }),
    ciRuns: 300,
  },
  ...PROTOCOL_PROPERTIES,
];
