/** Validators for the HSDS 3 tables, from the schemas copied into src/data/hsds-schema/ (CC BY-SA 4.0, see its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const HSDS_SCHEMA_DIR = join(import.meta.dirname, '..', '..', 'src', 'data', 'hsds-schema');

/** ajv with every table schema registered under its file name, so `"$ref": "location.json"` resolves. */
export function hsdsValidators() {
  // The schemas carry Frictionless Data keywords (constraints, core, example …) beside JSON Schema: not strict.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, file), 'utf8')), file);
  }
  const get = (table: string) => ajv.getSchema(`${table}.json`)!;
  return { service: get('service'), organization: get('organization'), location: get('location') };
}

/** Errors of a list of records against one table, as readable lines. */
export function hsdsErrors(validate: ReturnType<typeof hsdsValidators>['service'], records: readonly unknown[]): string[] {
  return records.flatMap((record, i) => (validate(record) ? [] : (validate.errors ?? []).map((e) => `[${i}]${e.instancePath} ${e.message}`)));
}
