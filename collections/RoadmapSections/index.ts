import type { CollectionConfig, Where } from 'payload'

import { adminOrStaffTrash } from '../../src/access/adminOrStaffTrash'
import { isStaff } from '../../src/access/isStaff'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { publishedVersionsOrStaff } from '../../src/access/publishedVersionsOrStaff'
import { COLLECTION, SECTION_KINDS } from '../../src/constants'
import { SECTION_KIND_LABEL } from '../../src/domain/sectionTree'
import { computedProgressField } from '../../src/fields/computedProgress'
import { mnrCapabilitiesField } from '../../src/fields/mnrCapabilities'
import { maintainBreadcrumbs } from './hooks/maintainBreadcrumbs'
import { rollUpAfterSectionDelete, rollUpSectionProgress } from './hooks/rollUpSectionProgress'
import { validateCode, validateKindAgainstChildren, validateParent, validateTargetYears } from './validation'

export const RoadmapSections: CollectionConfig = {
  slug: COLLECTION.roadmapSections,
  labels: {
    singular: { id: 'Bagian Peta Jalan', en: 'Roadmap section' },
    plural: { id: 'Bagian Peta Jalan', en: 'Roadmap sections' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'kind', 'leadAgency', 'progress'],
    group: { id: 'Peta Jalan', en: 'Roadmap' },
    description: {
      id: 'Arah Kebijakan → Strategi → Fokus Strategi → Intervensi Kunci.',
      en: 'Policy direction → strategy → focus area → key intervention.',
    },
  },
  defaultSort: 'code',
  versions: { drafts: { autosave: true }, maxPerDoc: 0 },
  trash: true,
  access: {
    read: publishedOrStaff,
    readVersions: publishedVersionsOrStaff,
    create: isStaff,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  hooks: {
    afterChange: [maintainBreadcrumbs, rollUpSectionProgress],
    afterDelete: [rollUpAfterSectionDelete],
  },
  fields: [
    {
      name: 'roadmap',
      type: 'relationship',
      relationTo: COLLECTION.roadmaps,
      required: true,
      index: true,
      label: { id: 'Peta jalan', en: 'Roadmap' },
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { id: 'Jenis bagian', en: 'Section kind' },
          options: SECTION_KINDS.map((kind) => ({ value: kind, label: SECTION_KIND_LABEL[kind] })),
          validate: validateKindAgainstChildren,
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          index: true,
          label: { id: 'Kode', en: 'Code' },
          admin: { placeholder: '2.1.3' },
          validate: validateCode,
        },
        { name: 'order', type: 'number', defaultValue: 0, label: { id: 'Urutan', en: 'Order' } },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: COLLECTION.roadmapSections,
      index: true,
      label: { id: 'Bagian induk', en: 'Parent section' },
      admin: { position: 'sidebar' },
      filterOptions: ({ id, data }) => {
        const conditions: Where[] = []
        if (id) conditions.push({ id: { not_equals: id } })
        if (data?.roadmap) conditions.push({ roadmap: { equals: data.roadmap } })
        return { and: conditions }
      },
      validate: validateParent,
    },
    {
      name: 'breadcrumbs',
      type: 'array',
      label: { id: 'Jejak', en: 'Breadcrumbs' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', initCollapsed: true },
      fields: [
        { name: 'doc', type: 'relationship', relationTo: COLLECTION.roadmapSections, maxDepth: 0 },
        { name: 'code', type: 'text' },
        { name: 'url', type: 'text' },
        { name: 'label', type: 'text' },
      ],
    },
    { name: 'title', type: 'text', required: true, localized: true, label: { id: 'Judul', en: 'Title' } },
    { name: 'body', type: 'richText', localized: true, label: { id: 'Uraian', en: 'Body' } },
    {
      name: 'outputs',
      type: 'array',
      localized: true,
      label: { id: 'Keluaran', en: 'Outputs' },
      labels: { singular: { id: 'Keluaran', en: 'Output' }, plural: { id: 'Keluaran', en: 'Outputs' } },
      fields: [{ name: 'output', type: 'text', required: true, label: { id: 'Keluaran', en: 'Output' } }],
    },
    {
      name: 'targetYears',
      type: 'number',
      hasMany: true,
      label: { id: 'Target waktu pelaksanaan (tahun)', en: 'Target years' },
      validate: validateTargetYears,
    },
    {
      name: 'leadAgency',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      index: true,
      label: { id: 'K/L penanggung jawab', en: 'Lead agency' },
    },
    {
      name: 'relatedAgencies',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      hasMany: true,
      label: { id: 'K/L terkait', en: 'Related agencies' },
    },
    mnrCapabilitiesField({ enumName: 'enum_sections_mnr' }),
    computedProgressField(),
  ],
}
