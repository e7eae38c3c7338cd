import type { TextField } from 'payload'

/** The name of the virtual field carrying a write's precondition (REST body, GraphQL input, Local API data). */
export const BASED_ON_UPDATED_AT = 'basedOnUpdatedAt'

/**
 * Never stored (virtual, so no migration) and never shown in the admin. Sent on update, it
 * says "this edit is based on the document as it was at this updatedAt"; a document edited
 * since then refuses the write with 409. GraphQL picks it up in every mutation input type.
 */
export const basedOnUpdatedAtField = (): TextField => ({
  name: BASED_ON_UPDATED_AT,
  type: 'text',
  virtual: true,
  label: { id: 'Berdasarkan versi (updatedAt)', en: 'Based on version (updatedAt)' },
  admin: {
    disabled: true,
    description: {
      id: 'Isi dengan updatedAt dokumen yang Anda sunting; penyimpanan ditolak bila dokumen telah diubah sejak itu.',
      en: 'The updatedAt of the document you edited; the save is refused if it has changed since.',
    },
  },
})
