import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/audit/nobody'
import { AUDIT_ACTION_LABELS, AUDIT_LOGIN_FAILURE_LABELS } from '../src/audit/labels'
import { AUDIT_ACTIONS, AUDIT_LOGIN_FAILURES, COLLECTION } from '../src/constants'

/**
 * The audit log: one event per change, publication, trash, deletion and login, written by
 * the hooks in src/audit/ (see withAuditLog) inside the same transaction as the change.
 * No API can write it — not even an admin — and it is never audited itself.
 */
export const AuditEvents: CollectionConfig = {
  slug: COLLECTION.auditEvents,
  labels: {
    singular: { id: 'Jejak audit', en: 'Audit event' },
    plural: { id: 'Jejak audit', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'actor', 'organization', 'changedFields', 'createdAt'],
    group: { id: 'Pengaturan', en: 'Settings' },
    description: {
      id: 'Dicatat otomatis oleh sistem; tidak dapat diubah atau dihapus.',
      en: 'Recorded automatically; cannot be changed or deleted.',
    },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['collectionSlug', 'documentId'] }],
  fields: [
    {
      name: 'summary',
      type: 'text',
      required: true,
      label: { id: 'Ringkasan', en: 'Summary' },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { id: 'Tindakan', en: 'Action' },
      options: AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: COLLECTION.users,
      index: true,
      label: { id: 'Pelaku', en: 'Actor' },
      admin: {
        position: 'sidebar',
        description: { id: 'Kosong bila dilakukan oleh sistem atau pengunjung anonim.', en: 'Empty for the system or anonymous visitors.' },
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      index: true,
      label: { id: 'Organisasi pelaku', en: 'Actor’s organization' },
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'collectionSlug', type: 'text', required: true, label: { id: 'Koleksi', en: 'Collection' } },
        { name: 'documentId', type: 'text', label: { id: 'ID dokumen', en: 'Document ID' } },
      ],
    },
    {
      name: 'changedFields',
      type: 'json',
      label: { id: 'Kolom yang berubah', en: 'Changed fields' },
      typescriptSchema: [() => ({ type: 'array', items: { type: 'string' } })],
      admin: {
        description: {
          id: 'Jalur kolom yang nilainya berubah (saat dibuat: kolom yang diisi). Nilainya sendiri ada di riwayat versi.',
          en: 'Paths of the fields whose values changed (on create: the fields set). The values are in the version history.',
        },
      },
    },
    {
      name: 'documentUpdatedAt',
      type: 'date',
      index: true,
      label: { id: 'Versi yang dihasilkan (updatedAt)', en: 'Resulting version (updatedAt)' },
      admin: {
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss.SSS' },
        description: {
          id: 'updatedAt dokumen setelah perubahan ini: menandai siapa yang menghasilkan versi mana.',
          en: 'The document’s updatedAt after this change: which person produced which state.',
        },
      },
    },
    {
      name: 'autosave',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Simpan otomatis', en: 'Autosave' },
      admin: {
        description: {
          id: 'Simpan otomatis berturut-turut oleh orang yang sama dalam satu menit digabung menjadi satu catatan.',
          en: 'Consecutive autosaves by the same person within a minute are merged into one event.',
        },
      },
    },
    {
      name: 'failedLogin',
      type: 'group',
      label: { id: 'Gagal masuk', en: 'Failed login' },
      admin: { condition: (data) => data?.action === 'login-failed' },
      fields: [
        {
          name: 'reason',
          type: 'select',
          label: { id: 'Alasan', en: 'Reason' },
          options: AUDIT_LOGIN_FAILURES.map((reason) => ({ value: reason, label: AUDIT_LOGIN_FAILURE_LABELS[reason] })),
        },
        {
          name: 'attemptedEmailHash',
          type: 'text',
          label: { id: 'Sidik email yang dicoba (HMAC)', en: 'Fingerprint of the attempted email (HMAC)' },
          admin: {
            description: {
              id: 'Hanya untuk akun yang tidak dikenal: email itu sendiri tidak disimpan; sidik yang sama menandakan email yang sama.',
              en: 'Unknown accounts only: the email itself is never stored; equal fingerprints mean the same email.',
            },
          },
        },
      ],
    },
  ],
}
