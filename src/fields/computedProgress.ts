import type { NumberField } from 'payload'

/** Progress is written by the roll-up only (see src/domain/progress.ts); no API may set it. */
export const computedProgressField = (): NumberField => ({
  name: 'progress',
  type: 'number',
  label: { id: 'Kemajuan (%)', en: 'Progress (%)' },
  min: 0,
  max: 100,
  index: true,
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: {
      id: 'Dihitung otomatis dari tonggak capaian yang telah dipublikasikan.',
      en: 'Computed from published milestones.',
    },
  },
})
