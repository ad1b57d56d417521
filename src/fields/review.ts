import type { Field } from 'payload'

import { adminOnlyField } from '../access'
import { reviewStateLabels, reviewStates } from '../workflow'
import { filledByServer } from './filledByServer'
import { serverOwned } from './serverOwned'

const component = (name: string) => `/components/${name}#${name}`

export const reviewStateOptions = reviewStates.map((value) => ({
  label: reviewStateLabels[value],
  value,
}))

/**
 * `reviewStatus`, `publishAt` and `reviewHistory`, all server-owned. Only the review workflow moves
 * the status (admins may fix it by hand; hooks/mirrorReviewStatus keeps it in line with `_status`);
 * history rows are appended by the workflow, readable by the owner and staff.
 */
export function reviewFields(): Field[] {
  return [
    serverOwned(
      filledByServer({
        name: 'reviewStatus',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        options: reviewStateOptions,
        access: { create: adminOnlyField, update: adminOnlyField },
        admin: {
          position: 'sidebar',
          readOnly: true,
          components: { Cell: component('ReviewStatusCell') },
        },
      }),
      // Admins may fix a state by hand; hooks/mirrorReviewStatus keeps it in line with `_status`.
      { initial: () => 'draft', setBy: ['admin'] },
    ),
    serverOwned(
      {
        name: 'publishAt',
        type: 'date',
        admin: {
          position: 'sidebar',
          description: 'Set by a scheduled publish action.',
          date: { pickerAppearance: 'dayAndTime' },
        },
      },
      { initial: () => null },
    ),
    {
      // Events live in the versionless `review-events` collection, so publishing an older
      // revision can never rewrite history; access to them is that collection's read rule.
      name: 'reviewHistory',
      type: 'join',
      collection: 'review-events',
      on: 'item',
      defaultSort: 'at',
      defaultLimit: 50,
      // Rows are appended by the workflow only; the edit view shows them in the history panel.
      admin: { allowCreate: false, hidden: true },
    },
    {
      // The edit view's history panel: events newest first, with the editors' notes.
      name: 'reviewHistoryPanel',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: component('ReviewHistoryPanel') },
      },
    },
    {
      // A list column: the latest note an editor left (what an author has to act on).
      name: 'editorNote',
      type: 'ui',
      label: "Editor's note",
      admin: {
        components: { Cell: component('EditorNoteCell'), Field: component('NoControl') },
      },
    },
  ]
}
