/**
 * The permission matrix, written out as expectations. Nothing here is computed from the access
 * functions under test: each row is what DESIGN.md says a caller may do.
 *
 * Columns (always in this order):
 *   anon   – no credentials
 *   reader – signed-in reader, free
 *   prem   – signed-in reader with an active premium subscription
 *   authA  – author A (owns the community documents below)
 *   authB  – another author
 *   editor
 *   admin
 *   front  – a `frontend` service account, signed in with its API key (reads what anon reads)
 *
 * Codes:
 *   201, 200, 400, 403, 404, 409 … – the exact HTTP status (GraphQL: `extensions.statusCode`,
 *                                    success counted as the REST status of the same operation;
 *                                    Payload's duplicate answers 200, restore is as a draft)
 *   in / out  – a list read answers 200 and the target is / is not in the results
 *   hit / miss – a bulk write answers 200 and the target is / is not among the changed documents
 *   -         – not a cell (the operation does not exist on that path)
 */
export const actors = [
  'anon',
  'reader',
  'prem',
  'authA',
  'authB',
  'editor',
  'admin',
  'front',
] as const
export type Actor = (typeof actors)[number]

export const operations = [
  'create',
  'read',
  'list',
  'update',
  'versions',
  'restore',
  'duplicate',
  'bulkUpdate',
  'delete',
  'bulkDelete',
] as const
export type Operation = (typeof operations)[number]

/** Account-only operations: credentials and role of the target account. */
export const accountOperations = ['readEmail', 'setPassword', 'setEmail', 'setRole'] as const
export type AccountOperation = (typeof accountOperations)[number]

export type Row = string
export interface SubjectRows {
  rest: Partial<Record<Operation | AccountOperation, Row>>
  /** GraphQL rows; an operation missing here has no GraphQL cells. */
  graphql: Partial<Record<Operation | AccountOperation, Row>>
  /** Cells that show a hole in code outside this table's scope, with the reason. */
  knownGaps?: Partial<Record<Operation, string>>
}

/** Parses a row: eight whitespace-separated codes, in the order of {@link actors}. */
export function cellsOf(row: Row): Record<Actor, string> {
  const codes = row.trim().split(/\s+/)
  if (codes.length !== actors.length) throw new Error(`row needs ${actors.length} codes: ${row}`)
  return Object.fromEntries(actors.map((actor, index) => [actor, codes[index]])) as Record<
    Actor,
    string
  >
}

//                       anon reader prem authA authB editor admin front
const staffContentPublished: SubjectRows = {
  rest: {
    create: '               403  403  403  403  403  201  201  403',
    read: '                 200  200  200  200  200  200  200  200',
    list: '                 in   in   in   in   in   in   in  in',
    update: '               403  403  403  403  403  200  200  403',
    versions: '             403  403  403  403  403  in   in  403',
    restore: '              403  403  403  403  403  200  200  403',
    duplicate: '            403  403  403  403  403  200  200  403',
    bulkUpdate: '           403  403  403  403  403  hit  hit  403',
    delete: '               403  403  403  403  403  200  200  403',
    bulkDelete: '           403  403  403  403  403  hit  hit  403',
  },
  graphql: {},
}
staffContentPublished.graphql = {
  create: staffContentPublished.rest.create,
  read: staffContentPublished.rest.read,
  list: staffContentPublished.rest.list,
  update: staffContentPublished.rest.update,
  versions: staffContentPublished.rest.versions,
  restore: staffContentPublished.rest.restore,
  duplicate: staffContentPublished.rest.duplicate,
  delete: staffContentPublished.rest.delete,
}

//                       anon reader prem authA authB editor admin front
const staffContentDraft: SubjectRows = {
  rest: {
    read: '                 404  404  404  404  404  200  200  404',
    list: '                 out  out  out  out  out  in   in  out',
    update: '               403  403  403  403  403  200  200  403',
    versions: '             403  403  403  403  403  in   in  403',
    restore: '              403  403  403  403  403  200  200  403',
    duplicate: '            403  403  403  403  403  200  200  403',
    bulkUpdate: '           403  403  403  403  403  hit  hit  403',
    delete: '               403  403  403  403  403  200  200  403',
    bulkDelete: '           403  403  403  403  403  hit  hit  403',
  },
  graphql: {},
}
staffContentDraft.graphql = {
  read: staffContentDraft.rest.read,
  list: staffContentDraft.rest.list,
  update: staffContentDraft.rest.update,
  versions: staffContentDraft.rest.versions,
  restore: staffContentDraft.rest.restore,
  duplicate: staffContentDraft.rest.duplicate,
  delete: staffContentDraft.rest.delete,
}

// Author A's draft. Author B must not see it (404), change it or delete it.
//                       anon reader prem authA authB editor admin front
const communityDraft: SubjectRows = {
  rest: {
    create: '               403  403  403  201  201  201  201  403',
    read: '                 404  404  404  200  404  200  200  404',
    list: '                 out  out  out  in   out  in   in  out',
    update: '               403  403  403  200  403  200  200  403',
    versions: '             403  403  403  in   out  in   in  403',
    restore: '              403  403  403  200  403  200  200  403',
    duplicate: '            403  403  403  200  403  200  200  403',
    bulkUpdate: '           403  403  403  hit  miss hit  hit  403',
    delete: '               403  403  403  200  403  200  200  403',
    bulkDelete: '           403  403  403  hit  miss hit  hit  403',
  },
  graphql: {},
}
communityDraft.graphql = {
  create: communityDraft.rest.create,
  read: communityDraft.rest.read,
  list: communityDraft.rest.list,
  update: communityDraft.rest.update,
  versions: communityDraft.rest.versions,
  restore: communityDraft.rest.restore,
  duplicate: communityDraft.rest.duplicate,
  delete: communityDraft.rest.delete,
}

// Author A's published document: public to read; A edits it (a pending revision) but cannot
// delete it once published.
//                       anon reader prem authA authB editor admin front
const communityPublished: SubjectRows = {
  rest: {
    read: '                 200  200  200  200  200  200  200  200',
    list: '                 in   in   in   in   in   in   in  in',
    update: '               403  403  403  200  403  200  200  403',
    versions: '             403  403  403  in   out  in   in  403',
    restore: '              403  403  403  200  403  200  200  403',
    duplicate: '            403  403  403  200  200  200  200  403',
    bulkUpdate: '           403  403  403  hit  miss hit  hit  403',
    delete: '               403  403  403  403  403  200  200  403',
    bulkDelete: '           403  403  403  miss miss hit  hit  403',
  },
  graphql: {},
}
communityPublished.graphql = {
  read: communityPublished.rest.read,
  list: communityPublished.rest.list,
  update: communityPublished.rest.update,
  versions: communityPublished.rest.versions,
  restore: communityPublished.rest.restore,
  duplicate: communityPublished.rest.duplicate,
  delete: communityPublished.rest.delete,
}

/** Subject name → expectations. Subject names are `collection/which document`. */
export const contentTable: Record<string, SubjectRows> = {
  'stories/published': staffContentPublished,
  'stories/draft': staffContentDraft,
  'lessons/published': staffContentPublished,
  'lessons/draft': staffContentDraft,
  'community-articles/draft of author A': communityDraft,
  'community-articles/published by author A': communityPublished,
  'question-bundles/draft of author A': communityDraft,
  'question-bundles/published by author A': communityPublished,
}

// Accounts. Targets are fresh accounts of the named role (never one of the actors), except
// `users/own account`, where each actor acts on their own (fresh) account. A frontend service
// account reads its own private fields but changes nothing, its own account included. Everyone
// else deletes their own account; a bulk delete by a non-admin matches only the caller's own.
//                       anon reader prem authA authB editor admin front
export const accountTable: Record<string, SubjectRows> = {
  'users/an admin account': {
    rest: {
      // A frontend service account creates nothing, accounts included.
      create: '         201  201  201  201  201  201  201  403',
      read: '           200  200  200  200  200  200  200  200',
      readEmail: '      no   no   no   no   no   no   yes  no',
      list: '           in   in   in   in   in   in   in  in',
      update: '         403  403  403  403  403  403  200  403',
      setPassword: '    403  403  403  403  403  403  200  403',
      setEmail: '       403  403  403  403  403  403  200  403',
      setRole: '        403  403  403  403  403  403  200  403',
      // Payload offers no duplicate of accounts (it would copy the password hash).
      duplicate: '      404  404  404  404  404  404  404  404',
      bulkUpdate: '     403  miss miss miss miss miss hit  403',
      delete: '         403  403  403  403  403  403  200  403',
      bulkDelete: '     403  miss miss miss miss miss hit  403',
    },
    graphql: {
      read: '           200  200  200  200  200  200  200  200',
      update: '         403  403  403  403  403  403  200  403',
      setPassword: '    403  403  403  403  403  403  200  403',
      setRole: '        403  403  403  403  403  403  200  403',
      delete: '         403  403  403  403  403  403  200  403',
    },
  },
  'users/an editor account': {
    rest: {
      read: '           200  200  200  200  200  200  200  200',
      readEmail: '      no   no   no   no   no   yes  yes  no',
      update: '         403  403  403  403  403  200  200  403',
      setPassword: '    403  403  403  403  403  403  200  403',
      setEmail: '       403  403  403  403  403  403  200  403',
      setRole: '        403  403  403  403  403  403  200  403',
      bulkUpdate: '     403  miss miss miss miss hit  hit  403',
      delete: '         403  403  403  403  403  403  200  403',
    },
    graphql: {
      update: '         403  403  403  403  403  200  200  403',
      setPassword: '    403  403  403  403  403  403  200  403',
    },
  },
  'users/an author account': {
    rest: {
      read: '           200  200  200  200  200  200  200  200',
      readEmail: '      no   no   no   no   no   yes  yes  no',
      update: '         403  403  403  403  403  200  200  403',
      setPassword: '    403  403  403  403  403  403  200  403',
      setEmail: '       403  403  403  403  403  403  200  403',
      setRole: '        403  403  403  403  403  403  200  403',
      bulkUpdate: '     403  miss miss miss miss hit  hit  403',
      delete: '         403  403  403  403  403  403  200  403',
      bulkDelete: '     403  miss miss miss miss miss hit  403',
    },
    graphql: {
      update: '         403  403  403  403  403  200  200  403',
      setEmail: '       403  403  403  403  403  403  200  403',
    },
  },
  'users/own account': {
    rest: {
      readEmail: '      -    yes  yes  yes  yes  yes  yes  yes',
      update: '         -    200  200  200  200  200  200  403',
      setPassword: '    -    200  200  200  200  200  200  403',
      setEmail: '       -    200  200  200  200  200  200  403',
      setRole: '        -    403  403  403  403  403  200  403',
      delete: '         -    200  200  200  200  200  200  403',
    },
    graphql: {
      update: '         -    200  200  200  200  200  200  403',
      setRole: '        -    403  403  403  403  403  200  403',
    },
  },
}

// Media (uploaded by an editor), tags, and engagement rows. The rating and like targets belong
// to the reader; the review event's owner is author A. A frontend is signed in, so where anonymous
// callers are refused outright it sees only its own rows, of which it has none (404, out); the
// rate and unrate endpoints refuse it with 403 rather than 401.
//                       anon reader prem authA authB editor admin front
export const sharedTable: Record<string, SubjectRows> = {
  'media/uploaded by an editor': {
    rest: {
      create: '         403  403  403  201  201  201  201  403',
      read: '           200  200  200  200  200  200  200  200',
      list: '           in   in   in   in   in   in   in  in',
      update: '         403  403  403  403  403  200  200  403',
      bulkUpdate: '     403  403  403  403  403  hit  hit  403',
      delete: '         403  403  403  403  403  200  200  403',
      bulkDelete: '     403  403  403  403  403  hit  hit  403',
    },
    graphql: {
      read: '           200  200  200  200  200  200  200  200',
      update: '         403  403  403  403  403  200  200  403',
      delete: '         403  403  403  403  403  200  200  403',
    },
  },
  'tags/a tag': {
    rest: {
      create: '         403  403  403  403  403  201  201  403',
      read: '           200  200  200  200  200  200  200  200',
      list: '           in   in   in   in   in   in   in  in',
      update: '         403  403  403  403  403  200  200  403',
      duplicate: '      403  403  403  403  403  200  200  403',
      bulkUpdate: '     403  403  403  403  403  hit  hit  403',
      delete: '         403  403  403  403  403  200  200  403',
      bulkDelete: '     403  403  403  403  403  hit  hit  403',
    },
    graphql: {
      create: '         403  403  403  403  403  201  201  403',
      read: '           200  200  200  200  200  200  200  200',
      update: '         403  403  403  403  403  200  200  403',
      delete: '         403  403  403  403  403  200  200  403',
    },
  },
  // POST /api/ratings is the rate endpoint (an item by author A; nobody rates their own work);
  // DELETE /api/ratings/{id} the unrate endpoint. Payload's own create and update are closed.
  'ratings/the reader’s rating': {
    rest: {
      create: '         401  201  201  403  201  201  201  403',
      read: '           200  200  200  200  200  200  200  200',
      list: '           in   in   in   in   in   in   in  in',
      update: '         403  403  403  403  403  403  403  403',
      duplicate: '      403  403  403  403  403  403  403  403',
      bulkUpdate: '     403  403  403  403  403  403  403  403',
      delete: '         401  200  403  403  403  200  200  403',
      bulkDelete: '     403  hit  miss miss miss hit  hit  403',
    },
    graphql: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           200  200  200  200  200  200  200  200',
      update: '         403  403  403  403  403  403  403  403',
    },
  },
  'likes/the reader’s like': {
    rest: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           403  200  404  404  404  200  200  404',
      list: '           403  in   out  out  out  in   in  out',
      update: '         403  403  403  403  403  403  403  403',
      bulkUpdate: '     403  403  403  403  403  403  403  403',
      delete: '         403  200  403  403  403  200  200  403',
      bulkDelete: '     403  hit  miss miss miss hit  hit  403',
    },
    graphql: {
      read: '           403  200  404  404  404  200  200  404',
      list: '           403  in   out  out  out  in   in  out',
      create: '         403  403  403  403  403  403  403  403',
    },
  },
  'review-events/an event on author A’s article': {
    rest: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           403  404  404  200  404  200  200  404',
      list: '           403  out  out  in   out  in   in  out',
      update: '         403  403  403  403  403  403  403  403',
      duplicate: '      403  403  403  403  403  403  403  403',
      bulkUpdate: '     403  403  403  403  403  403  403  403',
      delete: '         403  403  403  403  403  403  403  403',
      bulkDelete: '     403  403  403  403  403  403  403  403',
    },
    graphql: {
      read: '           403  404  404  200  404  200  200  404',
      list: '           403  out  out  in   out  in   in  out',
      delete: '         403  403  403  403  403  403  403  403',
    },
  },
  // Webhooks and their delivery log: admins only; nobody writes the log over the API.
  'webhooks/a webhook': {
    rest: {
      create: '         403  403  403  403  403  403  201  403',
      read: '           403  403  403  403  403  403  200  403',
      list: '           403  403  403  403  403  403  in  403',
      update: '         403  403  403  403  403  403  200  403',
      bulkUpdate: '     403  403  403  403  403  403  hit  403',
      delete: '         403  403  403  403  403  403  200  403',
      bulkDelete: '     403  403  403  403  403  403  hit  403',
    },
    graphql: {
      create: '         403  403  403  403  403  403  201  403',
      read: '           403  403  403  403  403  403  200  403',
      list: '           403  403  403  403  403  403  in  403',
      update: '         403  403  403  403  403  403  200  403',
      delete: '         403  403  403  403  403  403  200  403',
    },
  },
  'webhook-deliveries/a logged attempt': {
    rest: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           403  403  403  403  403  403  200  403',
      list: '           403  403  403  403  403  403  in  403',
      update: '         403  403  403  403  403  403  403  403',
      bulkUpdate: '     403  403  403  403  403  403  403  403',
      delete: '         403  403  403  403  403  403  403  403',
      bulkDelete: '     403  403  403  403  403  403  403  403',
    },
    graphql: {
      read: '           403  403  403  403  403  403  200  403',
      list: '           403  403  403  403  403  403  in  403',
      delete: '         403  403  403  403  403  403  403  403',
    },
  },
}

// Payload's own collections. The lock is author A's, on A's draft; the preference is the
// reader's. Jobs and key-value are closed to everyone over the API; migrations have no routes.
//                       anon reader prem authA authB editor admin front
export const systemTable: Record<string, SubjectRows> = {
  // Staff see staff's locks only (an author's lock never blocks them), yet release any.
  'payload-locked-documents/author A’s lock on A’s draft': {
    rest: {
      create: '         403  403  403  201  403  201  201  403',
      read: '           403  403  403  200  404  404  404  403',
      list: '           403  403  403  in   out  out  out  403',
      update: '         403  403  403  200  403  200  200  403',
      bulkUpdate: '     403  403  403  hit  miss hit  hit  403',
      delete: '         403  403  403  200  403  200  200  403',
      bulkDelete: '     403  403  403  hit  miss hit  hit  403',
    },
    graphql: {
      create: '         403  403  403  201  403  201  201  403',
      read: '           403  403  403  200  404  404  404  403',
      list: '           403  403  403  in   out  out  out  403',
      update: '         403  403  403  200  403  200  200  403',
      delete: '         403  403  403  200  403  200  200  403',
    },
  },
  // GET and DELETE /api/payload-preferences/{x} are the admin's by-key endpoints (the caller's
  // own preference named x), so by-id reads and deletes are GraphQL cells only.
  'payload-preferences/the reader’s preference': {
    rest: {
      create: '         403  201  201  201  201  201  201  403',
      list: '           403  in   out  out  out  out  out  out',
      update: '         403  200  403  403  403  403  403  403',
      bulkUpdate: '     403  hit  miss miss miss miss miss  403',
      bulkDelete: '     403  hit  miss miss miss miss miss  403',
    },
    graphql: {
      read: '           403  200  404  404  404  404  404  404',
      list: '           403  in   out  out  out  out  out  out',
      update: '         403  200  403  403  403  403  403  403',
      delete: '         403  200  403  403  403  403  403  403',
    },
  },
  'payload-jobs/a queued job': {
    rest: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           403  403  403  403  403  403  403  403',
      list: '           403  403  403  403  403  403  403  403',
      update: '         403  403  403  403  403  403  403  403',
      bulkUpdate: '     403  403  403  403  403  403  403  403',
      delete: '         403  403  403  403  403  403  403  403',
      bulkDelete: '     403  403  403  403  403  403  403  403',
    },
    graphql: {
      read: '           403  403  403  403  403  403  403  403',
      list: '           403  403  403  403  403  403  403  403',
      delete: '         403  403  403  403  403  403  403  403',
    },
  },
  'payload-kv/a stored key': {
    rest: {
      create: '         403  403  403  403  403  403  403  403',
      read: '           403  403  403  403  403  403  403  403',
      list: '           403  403  403  403  403  403  403  403',
      update: '         403  403  403  403  403  403  403  403',
      delete: '         403  403  403  403  403  403  403  403',
      bulkDelete: '     403  403  403  403  403  403  403  403',
    },
    graphql: {
      read: '           403  403  403  403  403  403  403  403',
      list: '           403  403  403  403  403  403  403  403',
    },
  },
  'payload-migrations/an applied migration': {
    rest: {
      create: '         404  404  404  404  404  404  404  404',
      read: '           404  404  404  404  404  404  404  404',
      list: '           404  404  404  404  404  404  404  404',
      update: '         404  404  404  404  404  404  404  404',
      delete: '         404  404  404  404  404  404  404  404',
      bulkDelete: '     404  404  404  404  404  404  404  404',
    },
    graphql: {},
  },
}

/** Number of cells (codes other than `-`) in a table. */
export function countCells(table: Record<string, SubjectRows>): number {
  let cells = 0
  for (const subject of Object.values(table)) {
    for (const rows of [subject.rest, subject.graphql]) {
      for (const row of Object.values(rows)) {
        cells += Object.values(cellsOf(row as Row)).filter((code) => code !== '-').length
      }
    }
  }
  return cells
}
