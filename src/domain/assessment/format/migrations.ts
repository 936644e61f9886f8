/**
 * One step of the stored shape: turns data of version n into data of version n + 1. `any`, because it
 * works on an older shape that no current type describes; validation after the last step catches mistakes.
 */
export type Migration = (data: any) => any;

/**
 * Migrations by the version they start from. Empty while version 1 is the only release; when the shape
 * changes, add `1: (data) => ...` here, raise SCHEMA_VERSION and keep the old file in
 * tests/fixtures/assessments/ so it keeps decoding (decode.ts runs the steps in order).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

