import path from 'path'
import { fileURLToPath } from 'url'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { isStaff } from '../../src/access/isStaff'
import { COLLECTION, UPLOAD_MIME_TYPES } from '../../src/constants'
import { verifyUpload } from './hooks/verifyUpload'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const Media: CollectionConfig = {
  slug: COLLECTION.media,
  labels: {
    singular: { id: 'Berkas', en: 'File' },
    plural: { id: 'Berkas', en: 'Files' },
  },
  admin: { group: { id: 'Pengaturan', en: 'Settings' } },
  trash: true,
  access: {
    read: anyone,
    create: isStaffOrPartner,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: { beforeValidate: [verifyUpload] },
  upload: {
    staticDir: process.env.LENTERA_MEDIA_DIR ?? path.join(projectRoot, 'media'),
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
