import type { CollectionConfig } from 'payload'

import { isActive } from '../src/access/isActive'
import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { staffField } from '../src/access/staffField'
import { staffInvitesPartners } from '../src/access/staffInvitesPartners'
import { staffOrSelf } from '../src/access/staffOrSelf'
import { userManagerOrSelf } from '../src/access/userManagerOrSelf'
import { COLLECTION, ROLE } from '../src/constants'
import { guardUserAdministration } from '../src/hooks/guardUserAdministration'
import { refuseDeactivatedLogin } from '../src/hooks/refuseDeactivatedLogin'
import { revokeSessionsOnDeactivation } from '../src/hooks/revokeSessionsOnDeactivation'
import { forgetSuccessfulLogin, refuseThrottledLogin, settleFailedLogin } from '../src/hooks/throttleFailedLogins'

export const Users: CollectionConfig = {
  slug: COLLECTION.users,
  labels: {
    singular: { id: 'Pengguna', en: 'User' },
    plural: { id: 'Pengguna', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organization'],
    group: { id: 'Pengaturan', en: 'Settings' },
  },
  auth: {
    // Deactivation signs a user out by emptying its sessions (src/hooks/revokeSessionsOnDeactivation.ts).
    useSessions: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: {
      // Secure cookies need https; PUBLIC_URL says whether the site is served over it.
      secure: (process.env.PUBLIC_URL ?? '').startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: isActive,
    read: staffOrSelf,
    create: staffInvitesPartners,
    update: userManagerOrSelf,
    // Admins only: the secretariat deactivates accounts (isDeactivated) rather than deleting them.
    delete: isAdmin,
    unlock: isStaff,
  },
  hooks: {
    beforeOperation: [guardUserAdministration, refuseThrottledLogin],
    beforeLogin: [refuseDeactivatedLogin],
    afterChange: [revokeSessionsOnDeactivation],
    afterLogin: [forgetSuccessfulLogin],
    afterError: [settleFailedLogin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { id: 'Nama', en: 'Name' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: [ROLE.partner],
      label: { id: 'Peran', en: 'Roles' },
      access: { create: staffField, update: staffField },
      options: [
        { value: ROLE.admin, label: { id: 'Admin', en: 'Admin' } },
        { value: ROLE.secretariat, label: { id: 'Sekretariat', en: 'Secretariat' } },
        { value: ROLE.partner, label: { id: 'Mitra', en: 'Partner' } },
      ],
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      saveToJWT: true,
      label: { id: 'Organisasi', en: 'Organization' },
      access: { create: staffField, update: staffField },
      admin: {
        description: {
          id: 'Wajib untuk mitra: mitra hanya dapat mengelola data organisasinya sendiri.',
          en: 'Required for partners: a partner manages only its own organization’s data.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const roles = Array.isArray(siblingData?.roles) ? siblingData.roles : []
        if (roles.includes(ROLE.partner) && (value === null || value === undefined || value === '')) {
          return 'Pengguna mitra wajib terhubung ke organisasi (a partner user needs an organization).'
        }
        return true
      },
    },
    {
      name: 'isDeactivated',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Dinonaktifkan', en: 'Deactivated' },
      access: { create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Akun yang dinonaktifkan tidak dapat masuk, dan sesi yang masih terbuka langsung berakhir.',
          en: 'A deactivated account cannot sign in, and its open sessions end at once.',
        },
      },
    },
  ],
}
