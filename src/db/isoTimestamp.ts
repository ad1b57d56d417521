/**
 * SQL for a timestamp column as JavaScript's `toISOString()` writes it, so a read can hand it on
 * as text (casebook's timestamp columns keep milliseconds, as Payload writes them). Building a
 * `Date` per value in Node costs more than Postgres formatting it.
 */
export const isoTimestamp = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
