import type { postgresAdapter } from '@payloadcms/db-postgres'
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Config } from 'payload'

/** A schema hook of the Postgres adapter (`beforeSchemaInit`). */
export type SchemaHook = NonNullable<
  NonNullable<Parameters<typeof postgresAdapter>[0]['beforeSchemaInit']>[number]
>

/** Name of the table of view claims: one row per (client, item) while its view window lasts. */
export const viewClaimsTable = 'view_claims'

/** Name of the table of rate-limit windows shared by every instance of the host. */
export const rateLimitTable = 'rate_limit_windows'

/**
 * Tables casebook writes in SQL only, declared in the adapter's schema so migrations create them
 * and the schema drift check (and a schema push) know them instead of dropping or ignoring them.
 */
export const addViewClaimsTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    [viewClaimsTable]: pgTable(
      viewClaimsTable,
      {
        client: text('client').notNull(),
        item: text('item').notNull(),
        expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
      },
      (table) => [
        primaryKey({ columns: [table.client, table.item] }),
        index('view_claims_expires_at_idx').on(table.expiresAt),
      ],
    ),
  },
})

/** The host's shared rate-limit counters: requests per key and fixed window, summed over instances. */
export const addRateLimitTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    [rateLimitTable]: pgTable(
      rateLimitTable,
      {
        key: text('key').notNull(),
        windowStart: timestamp('window_start', { withTimezone: true, mode: 'string' }).notNull(),
        count: integer('count').notNull(),
      },
      (table) => [
        primaryKey({ columns: [table.key, table.windowStart] }),
        index('rate_limit_windows_window_start_idx').on(table.windowStart),
      ],
    ),
  },
})

interface SchemaHookHolder {
  beforeSchemaInit?: SchemaHook[]
}

/**
 * Registers `hook` with the config's database adapter when it is Postgres, so a plugin declares
 * its own tables wherever it is installed (other adapters are left alone).
 */
export function withSchemaHook(config: Config, hook: SchemaHook): Config {
  const db = config.db
  if (!db || db.name !== 'postgres') return config
  return {
    ...config,
    db: {
      ...db,
      init: (args) => {
        const adapter = db.init(args)
        const holder = adapter as unknown as SchemaHookHolder
        holder.beforeSchemaInit = [...(holder.beforeSchemaInit ?? []), hook]
        return adapter
      },
    },
  }
}
