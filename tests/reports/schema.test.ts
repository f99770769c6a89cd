/**
 * The published JSON Schema of report shapes (docs/report-shape.schema.json): generated from the
 * TypeScript type, so it cannot drift (this test fails while the committed file is stale); the
 * built-in shapes validate against it; and it refuses what the validator refuses structurally.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { reportSchemaText, SCHEMA_PATH } from '../../scripts/generate-report-schema';
import { BUILT_IN_SHAPES, REPORT_FIELD_NAMES, validateReportShape } from '../../src/reports';

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

/** A copy of the first built-in shape with one change. */
function changed(change: (shape: Record<string, any>) => void): Record<string, unknown> {
  const shape = JSON.parse(JSON.stringify(BUILT_IN_SHAPES[0])) as Record<string, any>;
  change(shape);
  return shape;
}

describe('report-shape.schema.json', () => {
  it('is what `npm run generate:report-schema` writes from src/reports/shape/types.ts', () => {
    expect(committed).toBe(reportSchemaText());
  }, 60000);

  it('is a draft-07 schema that lists every source field of the catalogue', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const definitions = schema.definitions as Record<string, { enum?: string[] }>;
    expect(definitions.ReportFieldName.enum).toEqual([...REPORT_FIELD_NAMES]);
  });

  it('is explained in docs/report-shapes.md: every key of every definition and every source field', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'report-shapes.md'), 'utf8');
    const definitions = schema.definitions as Record<string, { properties?: Record<string, unknown> }>;
    const keys = new Set<string>();
    Object.values(definitions).forEach((definition) => Object.keys(definition.properties ?? {}).forEach((key) => keys.add(key)));
    const missing = [...Array.from(keys).filter((key) => key !== '$schema'), ...REPORT_FIELD_NAMES].filter((name) => page.indexOf(`\`${name}\``) < 0);
    expect(missing).toEqual([]);
  });

  it('accepts the four built-in shapes', () => {
    for (const shape of BUILT_IN_SHAPES) {
      const ok = validate(shape);
      expect({ id: shape.id, errors: ok ? null : validate.errors }).toEqual({ id: shape.id, errors: null });
    }
  });

  it('refuses what the validator refuses in structure: unknown fields and keys, bad widths, missing headings, wrong types', () => {
    const broken = [
      changed((shape) => (shape.tabeller[0].kolumner[2].falt = 'Statsu')),
      changed((shape) => (shape.tabeller[0].kolumner[0].rubirk = 'Område')),
      changed((shape) => (shape.tabeller[0].kolumner[0].bredd = 0)),
      changed((shape) => (shape.tabeller[0].kolumner[0].bredd = '2')),
      changed((shape) => delete shape.tabeller[0].kolumner[1].rubrik),
      changed((shape) => (shape.tabeller[0].kolumner[1].rubrik = '')),
      changed((shape) => (shape.tabeller[0].gruppering.typ = 'riskvärde')),
      changed((shape) => (shape.tabeller = [])),
      changed((shape) => (shape.id = 'Min Form')),
      changed((shape) => (shape.textstorlek = 40)),
      changed((shape) => (shape.tabeller[0].kolumner[5].perPeriod = 'ja'))
    ];
    broken.forEach((shape, i) => {
      expect({ case: i, schema: validate(shape) }).toEqual({ case: i, schema: false });
      expect({ case: i, validator: validateReportShape(shape).length > 0 }).toEqual({ case: i, validator: true });
    });
  });
});
