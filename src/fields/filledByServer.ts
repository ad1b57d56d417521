import type { FieldAccess, RelationshipField, SelectField, TextField, NumberField } from 'payload'

type FilledField = NumberField | RelationshipField | SelectField | TextField

/** A read rule that lets everyone read the field: Payload applies it as if there were none. */
export const everyone: FieldAccess = () => true

/**
 * A field the server always fills on create (a default, a hook, the caller's identity): it stays
 * `required` for Payload (validation, and NOT NULL in the database), but a client creating a
 * document may leave it out, so it is optional in the generated TypeScript types
 * (`typescriptSchema`) and nullable in GraphQL inputs (Payload makes any field with its own read
 * rule nullable in GraphQL; this rule lets everyone read it, as before). The cost: read types
 * also mark it optional (`slug?: string`) and GraphQL outputs nullable, though every stored
 * document has it.
 */
export function filledByServer<F extends FilledField>(field: F): F {
  return {
    ...field,
    typescriptSchema: [
      ...(field.typescriptSchema ?? []),
      ({ jsonSchema }) => ({ ...jsonSchema, required: false }),
    ],
    access: { ...field.access, read: field.access?.read ?? everyone },
  }
}
