import type { PayloadRequest, SanitizedConfig } from 'payload'

import type { AccountDocument, SanitizedCasebookOptions } from '../types'
import { isServiceAccount, type Principal } from './roles'

/**
 * The plugin's sanitized options, which `casebookPlugin` keeps on the config it returns: access
 * functions and hooks read them from the request's config, so they work in any config the plugin
 * was installed into, and never from module state or the environment.
 */
export function casebookOptionsOf(
  config: Pick<SanitizedConfig, 'custom'>,
): SanitizedCasebookOptions {
  const options = (config.custom as { casebook?: SanitizedCasebookOptions } | undefined)?.casebook
  if (!options) throw new Error('casebookPlugin is not installed in this Payload config')
  return options
}

/**
 * The signed-in caller as a principal, or null when nobody is signed in or the user belongs to
 * another auth collection (which has no casebook role). Local API calls that pass a plain user
 * document (no `collection`) are taken as accounts.
 */
export function principalOf(
  req: Pick<PayloadRequest, 'payload' | 'user'>,
  now?: Date,
): Principal | null {
  const user = req.user as (AccountDocument & { collection?: string }) | null | undefined
  if (!user) return null
  const options = casebookOptionsOf(req.payload.config)
  if (user.collection !== undefined && user.collection !== options.users) return null
  const role = options.roleOf(user)
  return {
    id: user.id,
    role,
    // The clock is read only for a signed-in caller: field access asks this for every field of
    // every document read, anonymous reads included. A service account reads what an anonymous
    // visitor reads, whatever its subscription says.
    premium: !isServiceAccount({ id: user.id, role }) && options.isPremium(user, now ?? new Date()),
    collection: options.users,
  }
}
