import type { ApiResponse } from './http'
import {
  actors,
  cellsOf,
  type AccountOperation,
  type Actor,
  type Operation,
} from './permissionTable'

import {
  accountWithToken,
  hex,
  type Id,
  type MatrixFixture,
  type SubjectSpec,
} from './permissionSubjects'

// ----------------------------------------------------------------------------------------------
// Performing a cell and reading what it did.

type Stored = { exists: boolean; value: unknown; hash?: unknown; email?: unknown; role?: unknown }

export async function storedOf(fx: MatrixFixture, spec: SubjectSpec, id: Id): Promise<Stored> {
  const found = await fx.ctx.payload.find({
    collection: spec.collection,
    where: { id: { equals: id } },
    depth: 0,
    draft: spec.drafts,
    showHiddenFields: true,
    overrideAccess: true,
    pagination: false,
  })
  const doc = found.docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return { exists: false, value: undefined }
  return {
    exists: true,
    value: doc[spec.field],
    hash: doc.hash,
    email: doc.email,
    role: doc.role,
  }
}

export async function rowCount(fx: MatrixFixture, spec: SubjectSpec): Promise<number> {
  return (await fx.ctx.payload.count({ collection: spec.collection, overrideAccess: true }))
    .totalDocs
}

const versionsCode = (response: ApiResponse<{ docs?: unknown[] }>) => {
  if (response.status !== 200) return String(response.status)
  return (response.body.docs?.length ?? 0) > 0 ? 'in' : 'out'
}

const listCode = (response: ApiResponse<{ docs?: { id: Id }[] }>, id: Id) => {
  if (response.status !== 200) return String(response.status)
  return response.body.docs?.some((doc) => doc.id === id) ? 'in' : 'out'
}

export async function latestVersionId(fx: MatrixFixture, spec: SubjectSpec, id: Id): Promise<Id> {
  const versions = await fx.ctx.payload.findVersions({
    collection: spec.collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const version = versions.docs[0]
  if (!version) throw new Error(`no version of ${spec.collection} ${id}`)
  return Number(version.id)
}

/** The acting user and target of one cell (own-account subjects make a fresh actor). */
export interface CellParties {
  token: string | undefined
  id: Id
}

export async function partiesFor(
  fx: MatrixFixture,
  spec: SubjectSpec,
  actor: Actor,
  shared: Id | undefined,
  fresh: boolean,
): Promise<CellParties> {
  if (spec.own) {
    if (actor === 'anon') return { token: undefined, id: 0 }
    const own = await accountWithToken(fx.ctx.payload, fx.api, actor)
    return { token: own.token, id: own.account.user.id }
  }
  const id = fresh || shared === undefined ? await spec.make(fx, actor) : shared
  return { token: fx.tokens[actor], id }
}

export const changed = (code: string, what: string) => `${code}+${what}`

/** Performs one REST cell and answers its observed code (with `+…` when a refusal wrote). */
export async function restCell(
  fx: MatrixFixture,
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  parties: CellParties,
): Promise<string> {
  const { api } = fx
  const { token, id } = parties
  const base = `/api/${spec.collection}`
  switch (operation) {
    case 'create': {
      const body = await spec.createBody!(fx, actor)
      const before = await rowCount(fx, spec)
      const response =
        body instanceof FormData
          ? await api.post(spec.createPath ?? base, { token, form: body })
          : await api.post(spec.createPath ?? base, { token, json: body })
      const code = String(response.status)
      if (response.status >= 400 && (await rowCount(fx, spec)) !== before)
        return changed(code, 'created')
      return code
    }
    case 'read':
      return String((await api.get(`${base}/${id}?depth=0`, { token })).status)
    case 'readEmail': {
      const response = await api.get<{ email?: string }>(`${base}/${id}?depth=0`, { token })
      if (response.status !== 200) return String(response.status)
      return response.body.email ? 'yes' : 'no'
    }
    case 'list':
      return listCode(await api.get(`${base}?where[id][equals]=${id}&depth=0`, { token }), id)
    case 'versions':
      return versionsCode(
        await api.get(`${base}/versions?where[parent][equals]=${id}&depth=0`, { token }),
      )
    case 'update':
    case 'setPassword':
    case 'setEmail':
    case 'setRole': {
      const before = await storedOf(fx, spec, id)
      const json = accountChange(spec, operation, actor, before)
      const response = await api.patch(`${base}/${id}`, { token, json })
      const after = await storedOf(fx, spec, id)
      return afterWrite(String(response.status), response.status, before, after)
    }
    case 'restore': {
      const version = await latestVersionId(fx, spec, id)
      // Restoring over the live row would publish outside the workflow; the admin and clients
      // restore as a draft.
      const response = await api.post(`${base}/versions/${version}?draft=true`, { token })
      return String(response.status)
    }
    case 'duplicate': {
      const before = await rowCount(fx, spec)
      const response = await api.post(`${base}/${id}/duplicate`, { token, json: {} })
      const code = String(response.status)
      if (response.status >= 400 && (await rowCount(fx, spec)) !== before)
        return changed(code, 'created')
      return code
    }
    case 'bulkUpdate': {
      const before = await storedOf(fx, spec, id)
      const response = await api.patch<{ docs?: { id: Id }[] }>(`${base}?where[id][equals]=${id}`, {
        token,
        json: { [spec.field]: spec.value(actor) },
      })
      const after = await storedOf(fx, spec, id)
      const code = listCode(response, id).replace('in', 'hit').replace('out', 'miss')
      return code === 'hit' ? code : afterWrite(code, response.status, before, after)
    }
    case 'delete': {
      const response = await api.delete(`${base}/${id}`, { token })
      const after = await storedOf(fx, spec, id)
      const code = String(response.status)
      return response.status >= 400 && !after.exists ? changed(code, 'deleted') : code
    }
    case 'bulkDelete': {
      const response = await api.delete<{ docs?: { id: Id }[] }>(
        `${base}?where[id][equals]=${id}`,
        {
          token,
        },
      )
      const after = await storedOf(fx, spec, id)
      const code = listCode(response, id).replace('in', 'hit').replace('out', 'miss')
      return code !== 'hit' && !after.exists ? changed(code, 'deleted') : code
    }
  }
}

export function accountChange(
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  before: Stored,
): Record<string, unknown> {
  switch (operation) {
    case 'setPassword':
      return { password: `new-password-${hex()}` }
    case 'setEmail':
      return { email: `changed-${hex()}@example.test` }
    case 'setRole':
      return { role: before.role === 'admin' || before.role === 'reader' ? 'editor' : 'reader' }
    default:
      return { [spec.field]: spec.value(actor) }
  }
}

/** A refusal must leave the target as it was; an allowed write must have landed. */
export function afterWrite(code: string, status: number, before: Stored, after: Stored): string {
  const same =
    after.exists === before.exists &&
    JSON.stringify(after.value) === JSON.stringify(before.value) &&
    after.hash === before.hash &&
    after.email === before.email &&
    after.role === before.role
  if (status >= 400 || code === 'miss') return same ? code : changed(code, 'changed')
  return code
}

/**
 * Every write gets a fresh target, so a cell's outcome never depends on what an earlier cell
 * (another caller's update, restore or delete) did to a shared one. Reads share one target.
 */
export const freshTargetFor = (operation: Operation | AccountOperation) =>
  !['read', 'readEmail', 'list', 'versions'].includes(operation)

export { actors, cellsOf }
