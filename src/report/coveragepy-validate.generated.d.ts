// Types of the validator scripts/generate-validators.mjs compiles from coveragepy-schema.ts.
import type { ErrorObject } from 'ajv';

export declare const validateCoveragePy: ((data: unknown) => boolean) & {
  errors?: ErrorObject[] | null;
};
