import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
type HookLists = Record<string, unknown[]>

/** A copy of `collection` with `additions` run after the hooks it already has, hook by hook. */
export function appendHooks(collection: CollectionConfig, additions: Hooks): CollectionConfig {
  const hooks: HookLists = { ...(collection.hooks as HookLists | undefined) }
  for (const [name, added] of Object.entries(additions as HookLists)) {
    hooks[name] = [...(hooks[name] ?? []), ...added]
  }
  return { ...collection, hooks: hooks as Hooks }
}
