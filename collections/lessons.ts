import { defineContentCollection } from '../src/content/defineContentCollection'
import { filledByServer } from '../src/fields/filledByServer'

export const lessonTracks = ['core', 'system-design', 'behavioral-interview'] as const
export type LessonTrack = (typeof lessonTracks)[number]

/** Lessons in three tracks, ordered by `position` within a track. Written by editors. */
export const Lessons = defineContentCollection({
  slug: 'lessons',
  labels: { singular: 'Lesson', plural: 'Lessons' },
  fields: [
    {
      name: 'track',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Core', value: 'core' },
        { label: 'System design', value: 'system-design' },
        { label: 'Behavioral interview', value: 'behavioral-interview' },
      ],
    },
    filledByServer({
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'beginner',
      options: [
        { label: 'Beginner', value: 'beginner' },
        { label: 'Intermediate', value: 'intermediate' },
        { label: 'Advanced', value: 'advanced' },
      ],
    }),
    filledByServer({
      name: 'difficulty',
      type: 'select',
      required: true,
      defaultValue: 'Medium',
      options: ['Easy', 'Medium', 'Hard'],
    }),
    filledByServer({
      name: 'position',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      index: true,
      admin: { description: 'Order within the track, ascending.' },
    }),
  ],
  columns: ['track', 'position', 'access'],
})
