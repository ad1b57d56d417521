import type { Field } from 'payload'

import { computeLocked } from '../../hooks/computeLocked'
import { filledByServer } from './filledByServer'

/** Who may read the full body: everyone (`free`) or entitled readers only (`premium`). */
export const accessTiers = ['free', 'premium'] as const
export type AccessTier = (typeof accessTiers)[number]

/**
 * `access` (free | premium), the stored `teaser` (the opening of the body, derived on save) and
 * `locked`, computed per reader: true when the caller is not entitled to the full body.
 */
export function accessTierFields(): Field[] {
  return [
    filledByServer({
      name: 'access',
      type: 'select',
      required: true,
      defaultValue: 'free',
      index: true,
      options: [
        { label: 'Free', value: 'free' },
        { label: 'Premium', value: 'premium' },
      ],
      admin: { position: 'sidebar' },
    }),
    {
      name: 'teaser',
      type: 'json',
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description:
          'Derived on save: the body up to the first horizontal rule, else two paragraphs.',
      },
    },
    {
      name: 'locked',
      type: 'checkbox',
      virtual: true,
      access: { create: () => false, update: () => false },
      hooks: { afterRead: [computeLocked] },
      admin: { hidden: true },
    },
  ]
}
