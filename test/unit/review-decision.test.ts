import { describe, expect, it } from '@jest/globals'

import {
  decideForDocument,
  documentActions,
  fromState,
  reviewActorFor,
} from '../../src/review/decision'
import { parseReviewInput } from '../../src/review/input'
import type { ReviewSnapshot } from '../../src/review/state'

const snapshot = (state: ReviewSnapshot['state'], live: boolean): ReviewSnapshot => ({
  state,
  live,
  publishAt: null,
  versionId: 1,
})
const editor = { role: 'editor', isOwner: false } as const
const author = { role: 'author', isOwner: true } as const

describe('reviewActorFor', () => {
  it('makes the author the owner of community documents and editors owners of editorial ones', () => {
    const authorUser = { id: 7, role: 'author' as const }
    const editorUser = { id: 8, role: 'editor' as const }
    expect(reviewActorFor(authorUser, 'community-articles', 7)).toEqual(author)
    expect(reviewActorFor(authorUser, 'question-bundles', 9)).toEqual({
      role: 'author',
      isOwner: false,
    })
    expect(reviewActorFor(editorUser, 'community-articles', 7)).toEqual(editor)
    expect(reviewActorFor(editorUser, 'stories', null)).toEqual({ role: 'editor', isOwner: true })
    expect(reviewActorFor(authorUser, 'lessons', null)).toEqual({ role: 'author', isOwner: false })
    expect(reviewActorFor(null, 'stories', null)).toEqual({ role: 'anonymous', isOwner: false })
  })
})

describe('decisions on a document with a pending revision', () => {
  it('decides on the revision, and still lets an editor unpublish the live version', () => {
    const revision = snapshot('in-review', true)
    expect(documentActions(revision, editor)).toEqual([
      'request-changes',
      'approve',
      'reject',
      'unpublish',
    ])
    expect(decideForDocument(revision, 'unpublish', editor, null)).toEqual({
      ok: true,
      to: 'draft',
    })
    expect(fromState(revision, 'unpublish')).toBe('published')
    expect(fromState(revision, 'approve')).toBe('in-review')
    expect(documentActions(revision, author)).toEqual(['withdraw'])
  })

  it('lists the document actions in a 409', () => {
    const decision = decideForDocument(snapshot('approved', true), 'submit', editor, null)
    expect(decision).toMatchObject({ ok: false, status: 409, allowed: ['publish', 'unpublish'] })
  })

  it('treats an unpublished document like the pure table', () => {
    expect(documentActions(snapshot('draft', false), editor)).toEqual(['submit'])
    expect(decideForDocument(snapshot('draft', false), 'unpublish', editor, null)).toMatchObject({
      status: 409,
    })
  })
})

describe('parseReviewInput', () => {
  it('accepts an action with an optional note and publish time', () => {
    expect(parseReviewInput({ action: 'reject', note: '  too short  ' })).toEqual({
      action: 'reject',
      note: 'too short',
      publishAt: null,
    })
    expect(parseReviewInput({ action: 'publish', publishAt: '2030-01-02T03:04:05Z' })).toEqual({
      action: 'publish',
      note: null,
      publishAt: new Date('2030-01-02T03:04:05Z'),
    })
  })

  it.each([
    ['no body', null],
    ['a bare string', 'submit'],
    ['an unknown action', { action: 'delete' }],
    ['a note that is not text', { action: 'submit', note: 5 }],
    ['a note over 4000 characters', { action: 'submit', note: 'x'.repeat(4001) }],
    ['publishAt on another action', { action: 'approve', publishAt: '2030-01-01T00:00:00Z' }],
    ['an unreadable publishAt', { action: 'publish', publishAt: 'soon' }],
    ['a publishAt that is not ISO 8601', { action: 'publish', publishAt: '1700000000000' }],
  ])('refuses %s with a 400', (_label, body) => {
    expect(() => parseReviewInput(body)).toThrow(expect.objectContaining({ status: 400 }))
  })
})
