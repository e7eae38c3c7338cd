import path from 'path'
import type { CollectionConfig } from 'payload'

import { adminOrStaffTrash } from '../../src/access/adminOrStaffTrash'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { isStaff } from '../../src/access/isStaff'
import { publicOrOwnMedia } from '../../src/access/publicOrOwnMedia'
import { COLLECTION, UPLOAD_MIME_TYPES } from '../../src/constants'
import { PROJECT_ROOT } from '../../src/utilities/projectRoot'
import { setUploaderOrganization } from './hooks/setUploaderOrganization'
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
    read: publicOrOwnMedia,
    create: isStaffOrPartner,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  hooks: { beforeValidate: [verifyUpload], beforeChange: [setUploaderOrganization] },
  upload: {
    staticDir: process.env.LENTERA_MEDIA_DIR ?? path.join(PROJECT_ROOT, 'media'),
    mimeTypes: [...UPLOAD_MIME_TYPES],
    // The server must never fetch arbitrary URLs on a user's behalf.
    pasteURL: false,
  },
  fields: [
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      index: true,
      label: { id: 'Diunggah oleh organisasi', en: 'Uploaded by organization' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { id: 'Dapat dilihat publik', en: 'Visible to the public' },
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          id: 'Berkas mitra menjadi publik saat ditampilkan oleh konten yang sudah terbit atau disetujui.',
          en: 'A partner’s file becomes public once published or approved content shows it.',
        },
      },
    },
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
