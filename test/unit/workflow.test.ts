import { describe, expect, it } from '@jest/globals'

import {
  allowedActions,
  decide,
  findTransition,
  isReviewAction,
  isReviewState,
  notifyTargets,
  reviewActions,
  reviewStateLabels,
  reviewStates,
  transitions,
} from '../../src/workflow'
import type { ReviewAction, ReviewActor, ReviewRole, ReviewState } from '../../src/workflow'
import { designActions, designStates } from '../helpers/workflowTerms'

// Everything below is written out by hand from the design contract, not derived from the code.

const states = designStates
const actions = designActions

/** The ten actor columns of the tables below, in order. */
const actors: { name: string; actor: ReviewActor }[] = [
  { name: 'admin (owner)', actor: { role: 'admin', isOwner: true } },
  { name: 'admin', actor: { role: 'admin', isOwner: false } },
  { name: 'editor (owner)', actor: { role: 'editor', isOwner: true } },
  { name: 'editor', actor: { role: 'editor', isOwner: false } },
  { name: 'author (owner)', actor: { role: 'author', isOwner: true } },
  { name: 'author', actor: { role: 'author', isOwner: false } },
  { name: 'reader (owner)', actor: { role: 'reader', isOwner: true } },
  { name: 'reader', actor: { role: 'reader', isOwner: false } },
  { name: 'anonymous (owner)', actor: { role: 'anonymous', isOwner: true } },
  { name: 'anonymous', actor: { role: 'anonymous', isOwner: false } },
]

type Outcome = ReviewState | 403 | 409
type Row = [
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
]

const F = 403
const C = 409
const none: Row = [C, C, C, C, C, C, C, C, C, C]

// Columns: admin own, admin, editor own, editor, author own, author, reader own, reader,
// anonymous own, anonymous. F = 403 (forbidden), C = 409 (no such transition from this state).
// prettier-ignore
const expected: Record<ReviewState, Record<ReviewAction, Row>> = {
  draft: {
    submit:            ['in-review', 'in-review', 'in-review', 'in-review', 'in-review', F, F, F, F, F],
    withdraw:          none,
    'request-changes': none,
    approve:           none,
    reject:            none,
    publish:           ['published', C, 'published', C, F, F, F, F, F, F],
    unpublish:         none,
    reopen:            none,
  },
  'in-review': {
    submit:            none,
    withdraw:          ['draft', F, 'draft', F, 'draft', F, F, F, F, F],
    'request-changes': ['changes-requested', 'changes-requested', 'changes-requested', 'changes-requested', F, F, F, F, F, F],
    approve:           ['approved', 'approved', 'approved', 'approved', F, F, F, F, F, F],
    reject:            ['rejected', 'rejected', 'rejected', 'rejected', F, F, F, F, F, F],
    publish:           none,
    unpublish:         none,
    reopen:            none,
  },
  'changes-requested': {
    submit:            ['in-review', 'in-review', 'in-review', 'in-review', 'in-review', F, F, F, F, F],
    withdraw:          none,
    'request-changes': none,
    approve:           none,
    reject:            none,
    publish:           none,
    unpublish:         none,
    reopen:            none,
  },
  approved: {
    submit:            none,
    withdraw:          none,
    'request-changes': none,
    approve:           none,
    reject:            none,
    publish:           ['published', 'published', 'published', 'published', F, F, F, F, F, F],
    unpublish:         none,
    reopen:            none,
  },
  rejected: {
    submit:            none,
    withdraw:          none,
    'request-changes': none,
    approve:           none,
    reject:            none,
    publish:           none,
    unpublish:         none,
    reopen:            ['draft', 'draft', 'draft', 'draft', F, F, F, F, F, F],
  },
  published: {
    submit:            none,
    withdraw:          none,
    'request-changes': none,
    approve:           none,
    reject:            none,
    publish:           none,
    unpublish:         ['draft', 'draft', 'draft', 'draft', F, F, F, F, F, F],
    reopen:            none,
  },
}

type AllowedRow = [
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
  ReviewAction[],
]
const nothing: ReviewAction[] = []
const reviewing: ReviewAction[] = ['request-changes', 'approve', 'reject']

// Same columns as `expected`.
// prettier-ignore
const expectedAllowed: Record<ReviewState, AllowedRow> = {
  draft:               [['submit', 'publish'], ['submit'],        ['submit', 'publish'], ['submit'],         ['submit'], nothing,   nothing, nothing, nothing, nothing],
  'in-review':         [['withdraw', ...reviewing], reviewing,    ['withdraw', ...reviewing], reviewing,     ['withdraw'], nothing, nothing, nothing, nothing, nothing],
  'changes-requested': [['submit'], ['submit'],                   ['submit'], ['submit'],                    ['submit'], nothing,   nothing, nothing, nothing, nothing],
  approved:            [['publish'], ['publish'],                 ['publish'], ['publish'],                  nothing, nothing,      nothing, nothing, nothing, nothing],
  rejected:            [['reopen'], ['reopen'],                   ['reopen'], ['reopen'],                    nothing, nothing,      nothing, nothing, nothing, nothing],
  published:           [['unpublish'], ['unpublish'],             ['unpublish'], ['unpublish'],              nothing, nothing,      nothing, nothing, nothing, nothing],
}

const decisionCases = states.flatMap((state) =>
  actions.flatMap((action) =>
    actors.map(({ name, actor }, column) => ({
      state,
      action,
      name,
      actor,
      outcome: expected[state][action][column],
      allowed: expectedAllowed[state][column],
    })),
  ),
)

const allowedCases = states.flatMap((state) =>
  actors.map(({ name, actor }, column) => ({
    state,
    name,
    actor,
    allowed: expectedAllowed[state][column],
  })),
)

describe('decide: every state × action × role × ownership', () => {
  it('covers all 480 combinations', () => {
    expect(decisionCases).toHaveLength(6 * 8 * 5 * 2)
  })

  // A note is always supplied here so the outcome depends only on state, action and actor.
  it.each(decisionCases)(
    '$state + $action by $name → $outcome',
    ({ state, action, actor, outcome, allowed }) => {
      const decision = decide({ state, action, actor, note: 'Please tighten the intro.' })
      if (outcome === 409) {
        expect(decision).toEqual({ ok: false, status: 409, reason: expect.any(String), allowed })
      } else if (outcome === 403) {
        expect(decision).toEqual({ ok: false, status: 403, reason: expect.any(String) })
      } else {
        expect(decision).toEqual({ ok: true, to: outcome })
      }
      if (!decision.ok) expect(decision.reason.length).toBeGreaterThan(0)
    },
  )
})

describe('decide: notes', () => {
  const editor: ReviewActor = { role: 'editor', isOwner: false }
  const blankNotes: { label: string; note: string | null | undefined }[] = [
    { label: 'undefined', note: undefined },
    { label: 'null', note: null },
    { label: 'empty', note: '' },
    { label: 'whitespace', note: ' \n\t ' },
  ]
  const noteActions: { action: ReviewAction; to: ReviewState }[] = [
    { action: 'request-changes', to: 'changes-requested' },
    { action: 'reject', to: 'rejected' },
  ]

  it.each(
    noteActions.flatMap(({ action }) =>
      blankNotes.map(({ label, note }) => ({ action, label, note })),
    ),
  )('$action with a $label note → 400', ({ action, note }) => {
    expect(decide({ state: 'in-review', action, actor: editor, note })).toEqual({
      ok: false,
      status: 400,
      reason: expect.any(String),
    })
  })

  it('treats a note with only surrounding whitespace trimmed as present', () => {
    expect(
      decide({ state: 'in-review', action: 'reject', actor: editor, note: '  off topic  ' }),
    ).toEqual({ ok: true, to: 'rejected' })
  })

  it.each(noteActions)('$action with a note → $to', ({ action, to }) => {
    expect(decide({ state: 'in-review', action, actor: editor, note: 'Why' })).toEqual({
      ok: true,
      to,
    })
  })

  it.each([
    { state: 'in-review', action: 'approve', to: 'approved' },
    { state: 'approved', action: 'publish', to: 'published' },
    { state: 'draft', action: 'submit', to: 'in-review' },
    { state: 'rejected', action: 'reopen', to: 'draft' },
    { state: 'published', action: 'unpublish', to: 'draft' },
  ] as { state: ReviewState; action: ReviewAction; to: ReviewState }[])(
    '$action from $state needs no note',
    ({ state, action, to }) => {
      expect(decide({ state, action, actor: editor })).toEqual({ ok: true, to })
      expect(decide({ state, action, actor: editor, note: null })).toEqual({ ok: true, to })
    },
  )

  it('checks permission before the note (403, not 400)', () => {
    const author: ReviewActor = { role: 'author', isOwner: true }
    expect(decide({ state: 'in-review', action: 'reject', actor: author })).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  it('checks the state before the note (409, not 400)', () => {
    expect(decide({ state: 'draft', action: 'reject', actor: editor })).toMatchObject({
      ok: false,
      status: 409,
      allowed: ['submit'],
    })
  })
})

describe('decide: publishing a draft directly', () => {
  it('tells a non-owner editor to submit for review (409 listing submit)', () => {
    const decision = decide({
      state: 'draft',
      action: 'publish',
      actor: { role: 'editor', isOwner: false },
    })
    expect(decision).toEqual({
      ok: false,
      status: 409,
      reason: expect.any(String),
      allowed: ['submit'],
    })
  })

  it('forbids an owning author (403)', () => {
    const decision = decide({
      state: 'draft',
      action: 'publish',
      actor: { role: 'author', isOwner: true },
    })
    expect(decision).toMatchObject({ ok: false, status: 403 })
  })
})

describe('allowedActions', () => {
  it.each(allowedCases)('$state for $name → $allowed', ({ state, actor, allowed }) => {
    expect(allowedActions(state, actor)).toEqual(allowed)
  })
})

describe('transitions table', () => {
  it.each(transitions.map((t) => ({ ...t, fromList: t.from.join(', ') })))(
    '$action from [$fromList] goes to a valid state ($to)',
    (t) => {
      expect(states).toContain(t.to)
      expect(isReviewState(t.to)).toBe(true)
      expect(t.from.length).toBeGreaterThan(0)
      for (const from of t.from) expect(states).toContain(from)
      expect(actions).toContain(t.action)
      expect(t.who.length).toBeGreaterThan(0)
    },
  )

  it('has at most one row per (state, action)', () => {
    const keys = transitions.flatMap((t) => t.from.map((from) => `${from}/${t.action}`))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('requires notes exactly for request-changes and reject', () => {
    const withNotes = transitions.filter((t) => t.noteRequired).map((t) => t.action)
    expect([...new Set(withNotes)].sort()).toEqual(['reject', 'request-changes'])
  })

  it('allows publishAt only on publish', () => {
    const scheduled = transitions.filter((t) => t.allowsPublishAt).map((t) => t.action)
    expect(new Set(scheduled)).toEqual(new Set(['publish']))
    expect(findTransition('approved', 'publish')?.allowsPublishAt).toBe(true)
    expect(findTransition('draft', 'publish')?.allowsPublishAt).toBe(true)
  })

  it('findTransition returns undefined when there is no row', () => {
    expect(findTransition('published', 'approve')).toBeUndefined()
    expect(findTransition('in-review', 'approve')?.to).toBe('approved')
  })
})

describe('constants and guards', () => {
  it('lists the states and actions of the contract', () => {
    expect([...reviewStates]).toEqual(states)
    expect([...reviewActions]).toEqual(actions)
  })

  it.each([
    { state: 'draft', label: 'Draft' },
    { state: 'in-review', label: 'In review' },
    { state: 'changes-requested', label: 'Changes requested' },
    { state: 'approved', label: 'Approved' },
    { state: 'rejected', label: 'Rejected' },
    { state: 'published', label: 'Published' },
  ] as { state: ReviewState; label: string }[])('labels $state as "$label"', ({ state, label }) => {
    expect(reviewStateLabels[state]).toBe(label)
  })

  it.each([
    { action: 'submit', target: 'editors' },
    { action: 'withdraw', target: 'author' },
    { action: 'request-changes', target: 'author' },
    { action: 'approve', target: 'author' },
    { action: 'reject', target: 'author' },
    { action: 'publish', target: 'author' },
    { action: 'unpublish', target: 'author' },
    { action: 'reopen', target: 'author' },
  ] as { action: ReviewAction; target: string }[])(
    'notifies $target on $action',
    ({ action, target }) => {
      expect(notifyTargets(action)).toBe(target)
    },
  )

  it.each(states)('isReviewState(%s) is true', (state) => {
    expect(isReviewState(state)).toBe(true)
  })

  it.each(actions)('isReviewAction(%s) is true', (action) => {
    expect(isReviewAction(action)).toBe(true)
  })

  const junk: unknown[] = [
    '',
    'Draft',
    'in_review',
    'publish ',
    'archived',
    null,
    undefined,
    0,
    {},
    ['draft'],
  ]
  it.each(junk.map((value) => ({ value, shown: JSON.stringify(value) ?? 'undefined' })))(
    'rejects $shown as a state and as an action',
    ({ value }) => {
      expect(isReviewState(value)).toBe(false)
      expect(isReviewAction(value)).toBe(false)
    },
  )

  it('does not confuse states with actions', () => {
    expect(isReviewAction('draft')).toBe(false)
    expect(isReviewState('submit')).toBe(false)
  })
})

// Keeps the role list in the tables honest: every role appears with and without ownership.
it('the actor columns cover every role both ways', () => {
  const roles: ReviewRole[] = ['admin', 'editor', 'author', 'reader', 'anonymous']
  for (const role of roles) {
    expect(
      actors.filter(({ actor }) => actor.role === role).map(({ actor }) => actor.isOwner),
    ).toEqual([true, false])
  }
})
