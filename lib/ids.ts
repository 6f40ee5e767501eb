/**
 * An identifier read from a URL or a form, before it reaches a uuid column: PostgreSQL refuses to compare
 * a uuid with anything else ("invalid input syntax for type uuid"), which would answer 500 where "not
 * found" (404) is meant. Every loader taking an id from the outside checks it with this first.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
