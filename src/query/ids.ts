import { APIError } from 'payload'

/** Largest id a serial (int4) primary key or foreign key can hold. */
export const maxSerialId = 2_147_483_647

/**
 * Whether `value` can name a row of a numeric-id table: an integer within int4, as a number or a
 * string of digits. `1.5`, `abc`, `1e3` and `99999999999` cannot.
 */
export function isStorableId(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^-?\d{1,10}$/.test(text)) return false
  return Math.abs(Number(text)) <= maxSerialId
}

/** 400 in Payload's error shape. */
export const badInput = (message: string) => new APIError(message, 400, undefined, true)
