import type { ReviewAction, ReviewState } from '../../src/workflow'

// Written out by hand from DESIGN.md's workflow table, never derived from the code under test.

/** Every review state a document can be in. */
export const designStates: ReviewState[] = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'rejected',
  'published',
]

/** Every review action a caller can ask for. */
export const designActions: ReviewAction[] = [
  'submit',
  'withdraw',
  'request-changes',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'reopen',
]
