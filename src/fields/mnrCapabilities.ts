import type { SelectField } from 'payload'

import { MNR_CAPABILITIES } from '../constants'

/** WeProtect Model National Response capabilities, stored as their numbers "1"–"21". */
export const mnrCapabilitiesField = ({ enumName }: { enumName: string }): SelectField => ({
  name: 'mnrCapabilities',
  type: 'select',
  hasMany: true,
  enumName,
  label: { id: 'Kapabilitas MNR (WeProtect)', en: 'MNR capabilities (WeProtect)' },
  options: MNR_CAPABILITIES.map((capability) => ({
    value: String(capability.number),
    label: { id: `${capability.number}. ${capability.id}`, en: `${capability.number}. ${capability.en}` },
  })),
})
