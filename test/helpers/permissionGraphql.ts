import type { ApiResponse } from './http'
import { type AccountOperation, type Actor, type Operation } from './permissionTable'

import type { Id, MatrixFixture, SubjectSpec } from './permissionSubjects'
import {
  accountChange,
  afterWrite,
  changed,
  latestVersionId,
  rowCount,
  storedOf,
  type CellParties,
} from './permissionMatrix'

// ----------------------------------------------------------------------------------------------
// GraphQL.

interface GraphQLBody {
  data?: unknown
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

const gqlCode = (response: ApiResponse<GraphQLBody>, success: string): string => {
  const error = response.body?.errors?.[0]
  if (!error) return success
  const status = error.extensions?.statusCode
  return status ? String(status) : `error:${error.message}`
}

export async function graphqlCell(
  fx: MatrixFixture,
  spec: SubjectSpec,
  operation: Operation | AccountOperation,
  actor: Actor,
  parties: CellParties,
): Promise<string> {
  const { api } = fx
  const { token, id } = parties
  const names = spec.gql!
  const input = names.input ?? `mutation${names.one}Input`
  const updateInput = names.updateInput ?? `mutation${names.one}UpdateInput`
  switch (operation) {
    case 'create': {
      const data = await (spec.gqlCreateBody ?? spec.createBody)!(fx, actor)
      const before = await rowCount(fx, spec)
      const response = await api.graphql(
        `mutation ($data: ${input}!) { create${names.one}(data: $data) { id } }`,
        { data },
        token,
      )
      const code = gqlCode(response, '201')
      if (code !== '201' && (await rowCount(fx, spec)) !== before) return changed(code, 'created')
      return code
    }
    case 'read': {
      const response = await api.graphql<Record<string, unknown>>(
        `query ($id: Int!) { ${names.one}(id: $id) { id } }`,
        { id },
        token,
      )
      const code = gqlCode(response, '200')
      return code === '200' && !response.body.data?.[names.one] ? '404' : code
    }
    case 'list': {
      const response = await api.graphql<Record<string, { docs: { id: Id }[] } | null>>(
        `query ($id: Int!) { ${names.many}(where: { id: { equals: $id } }) { docs { id } } }`,
        { id },
        token,
      )
      const code = gqlCode(response, 'ok')
      if (code !== 'ok') return code
      return response.body.data?.[names.many]?.docs.some((doc) => doc.id === id) ? 'in' : 'out'
    }
    case 'versions': {
      const field = `versions${names.versionsOf ?? names.many}`
      const response = await api.graphql<Record<string, { docs: { id: Id }[] } | null>>(
        `query ($id: JSON!) { ${field}(where: { parent: { equals: $id } }) { docs { id } } }`,
        { id },
        token,
      )
      const code = gqlCode(response, 'ok')
      if (code !== 'ok') return code
      return (response.body.data?.[field]?.docs.length ?? 0) > 0 ? 'in' : 'out'
    }
    case 'update':
    case 'setPassword':
    case 'setEmail':
    case 'setRole': {
      const before = await storedOf(fx, spec, id)
      const data = { ...accountChange(spec, operation, actor, before), ...spec.gqlUpdateExtra }
      const response = await api.graphql(
        `mutation ($id: Int!, $data: ${updateInput}!) { update${names.one}(id: $id, data: $data) { id } }`,
        { id, data },
        token,
      )
      const code = gqlCode(response, '200')
      const after = await storedOf(fx, spec, id)
      return afterWrite(code, code === '200' ? 200 : 400, before, after)
    }
    case 'restore': {
      const version = await latestVersionId(fx, spec, id)
      const response = await api.graphql(
        `mutation ($id: Int!) { restoreVersion${names.one}(id: $id, draft: true) { id } }`,
        { id: version },
        token,
      )
      return gqlCode(response, '200')
    }
    case 'duplicate': {
      const data = await (spec.gqlCreateBody ?? spec.createBody)!(fx, actor)
      const before = await rowCount(fx, spec)
      const response = await api.graphql(
        `mutation ($id: Int!, $data: ${input}!) { duplicate${names.one}(id: $id, data: $data) { id } }`,
        { id, data },
        token,
      )
      const code = gqlCode(response, '200')
      if (code !== '200' && (await rowCount(fx, spec)) !== before) return changed(code, 'created')
      return code
    }
    case 'delete': {
      const response = await api.graphql(
        `mutation ($id: Int!) { delete${names.one}(id: $id) { id } }`,
        { id },
        token,
      )
      const code = gqlCode(response, '200')
      const after = await storedOf(fx, spec, id)
      return code !== '200' && !after.exists ? changed(code, 'deleted') : code
    }
    default:
      return 'not a GraphQL cell'
  }
}
