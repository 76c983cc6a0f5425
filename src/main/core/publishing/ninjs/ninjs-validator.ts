import { Ajv2020, type AnySchema, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import geoJsonSchema from './schemas/GeoJSON-schema.json';
import ninjs22Schema from './schemas/ninjs-schema_2.2.json';

export interface ValidationResult {
  valid: boolean;
  /** Readable reasons, e.g. `/headlines/0: must have required property 'value'`. */
  errors: string[];
}

const describe = (error: ErrorObject): string => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`;

/**
 * A JSON Schema 2020-12 validator with formats, with GeoJSON registered under the id the ninjs
 * schema refers to (https://geojson.org/schema/GeoJSON.json), so no schema is fetched from the
 * network. `schema` defaults to IPTC ninjs 2.2, the version we publish.
 */
export function createNinjsValidator(schema: AnySchema = ninjs22Schema as AnySchema): (document: unknown) => ValidationResult {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(geoJsonSchema as AnySchema);
  const validate = ajv.compile(schema);
  return (document) => {
    const valid = validate(document) === true;
    return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
  };
}
