import path from 'path'
import type { CollectionConfig } from 'payload'

import { adminOrStaffTrash } from '../../src/access/adminOrStaffTrash'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { isStaff } from '../../src/access/isStaff'
import { untrashedOrStaff } from '../../src/access/untrashedOrStaff'
import { COLLECTION, UPLOAD_MIME_TYPES } from '../../src/constants'
import { PROJECT_ROOT } from '../../src/utilities/projectRoot'
import { verifyUpload } from './hooks/verifyUpload'


export const Media: CollectionConfig = {
  slug: COLLECTION.media,
  labels: {
    singular: { id: 'Berkas', en: 'File' },
    plural: { id: 'Berkas', en: 'Files' },
  },
  admin: { group: { id: 'Pengaturan', en: 'Settings' } },
  trash: true,
  access: {
    read: untrashedOrStaff,
    create: isStaffOrPartner,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  hooks: { beforeValidate: [verifyUpload] },
  upload: {
    staticDir: process.env.LENTERA_MEDIA_DIR ?? path.join(PROJECT_ROOT, 'media'),
    mimeTypes: [...UPLOAD_MIME_TYPES],
    // The server must never fetch arbitrary URLs on a user's behalf.
    pasteURL: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { id: 'Teks alternatif', en: 'Alternative text' },
      admin: {
        description: {
          id: 'Jelaskan isi gambar untuk pembaca layar.',
          en: 'Describe the image for screen readers.',
        },
      },
    },
  ],
}
