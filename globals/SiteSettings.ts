import type { GlobalConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isStaff } from '../src/access/isStaff'
import { GLOBAL } from '../src/constants'

export const SiteSettings: GlobalConfig = {
  slug: GLOBAL.siteSettings,
  label: { id: 'Pengaturan Situs', en: 'Site settings' },
  admin: { group: { id: 'Pengaturan', en: 'Settings' } },
  access: { read: anyone, update: isStaff },
  fields: [
    { name: 'title', type: 'text', localized: true, defaultValue: 'Lentera', label: { id: 'Judul situs', en: 'Site title' } },
    { name: 'tagline', type: 'text', localized: true, label: { id: 'Slogan', en: 'Tagline' } },
    { name: 'about', type: 'richText', localized: true, label: { id: 'Tentang', en: 'About' } },
    {
      name: 'contactEmail',
      type: 'email',
      label: { id: 'Surel kontak', en: 'Contact email' },
    },
    {
      name: 'demoData',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Data contoh dimuat', en: 'Demo data is loaded' },
      admin: {
        description: {
          id: 'Selama dicentang, situs publik menampilkan pemberitahuan "Data contoh".',
          en: 'While checked, the public site shows a "demo data" notice.',
        },
      },
    },
  ],
}
