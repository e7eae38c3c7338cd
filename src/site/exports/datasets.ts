import { COMMITMENT_ROLES, COMMITMENT_STATUSES, COMPLETION_LEVELS, INDICATOR_DIRECTIONS, MILESTONE_STATUSES, ORGANIZATION_KINDS, SECTION_KINDS } from '../../constants'
import type { Lang } from '../i18n'
import { commitmentStatusLabel, completionLabel, milestoneStatusLabel, organizationKindLabel, pathFor, sectionKindLabel } from '../i18n'
import { compareCodes, fromEnum } from '../publicValues'
import type { Cell } from './csv'
import { richTextToPlainText } from './richText'

/**
 * The open data downloads: which published records each holds, which columns, what each column
 * means (in both languages), and how a record as the public GraphQL API gives it becomes a row.
 * Column names are the API's field names and the same in both languages; text fields are in
 * the download's language (falling back to Indonesian where there is no translation); option
 * values are the stored codes, with their meaning in the column description (and a label
 * column for statuses and kinds).
 */

type Localized = Record<Lang, string>

export type RowContext = {
  lang: Lang
  /** The public origin, for absolute links to pages and files. */
  origin: string
  /** The roadmap the site shows (/peta-jalan/<code> pages are its sections). */
  adoptedRoadmapId?: number | string | null
}

type Column<Row> = { name: string; description: Localized; value: (row: Row, context: RowContext) => Cell }

export type ColumnInfo = { name: string; description: Localized }

export type Table = { header: string[]; rows: Cell[][]; records: Record<string, Cell>[] }

export type Dataset = {
  name: DatasetName
  title: Localized
  description: Localized
  columns: ColumnInfo[]
  /** The GraphQL list query that reads it (its root field) and the fields to select. */
  query: { root: string; fields: string }
  /** Records as the API returned them → the table, sorted for reading. */
  table: (docs: unknown[], context: RowContext) => Table
}

export const DATASET_NAMES = ['organizations', 'sections', 'commitments', 'milestones', 'indicator-values'] as const
export type DatasetName = (typeof DATASET_NAMES)[number]

export const isDatasetName = (value: string): value is DatasetName => (DATASET_NAMES as readonly string[]).includes(value)

// ---------------------------------------------------------------- value helpers

/** A date as its calendar day in Jakarta (YYYY-MM-DD): date fields mean days, not instants. */
export const jakartaDay = (value: string | null | undefined): string | null => {
  if (!value) return null
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return null
  return new Date(time + 7 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

const instant = (value: string | null | undefined): string | null => {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const text = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

const number = (value: number | string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null
  const parsed = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

const option = (value: string | null | undefined): string | null => fromEnum(value)

const pageUrl = (context: RowContext, path: string) => `${context.origin}${pathFor(context.lang, path)}`

const segment = (value: string) => encodeURIComponent(value)

/** A file or link as an absolute URL (uploads come back as site paths). */
export const absoluteUrl = (origin: string, url: string | null | undefined): string | null => {
  if (!url) return null
  if (/^https?:\/\//i.test(url)) return url
  return url.startsWith('/') ? `${origin}${url}` : null
}

const capabilities = (values: (string | null)[] | null | undefined): number[] =>
  (values ?? [])
    .map((value) => Number(fromEnum(value)))
    .filter((value) => Number.isInteger(value))
    .sort((a, b) => a - b)

const valueList = (lang: Lang, values: readonly string[], label: (lang: Lang, value: string) => string) =>
  values.map((value) => `${value} (${label(lang, value)})`).join(', ')

const describe = (make: (lang: Lang) => string): Localized => ({ id: make('id'), en: make('en') })

// ---------------------------------------------------------------- shared columns

const ROLE_LABEL: Record<Lang, Record<(typeof COMMITMENT_ROLES)[number], string>> = {
  id: { implementer: 'pelaksana', catalyst: 'katalisator', partner: 'mitra' },
  en: { implementer: 'implementer', catalyst: 'catalyst', partner: 'partner' },
}
const DIRECTION_LABEL: Record<Lang, Record<(typeof INDICATOR_DIRECTIONS)[number], string>> = {
  id: { 'higher-is-better': 'makin tinggi makin baik', 'lower-is-better': 'makin rendah makin baik' },
  en: { 'higher-is-better': 'higher is better', 'lower-is-better': 'lower is better' },
}

const ID_COLUMN = { name: 'id', description: { id: 'Nomor pengenal rekaman di Lentera (tetap).', en: 'The record’s identifier in Lentera (stable).' } }
const UPDATED_COLUMN = {
  name: 'updatedAt',
  description: { id: 'Waktu terakhir rekaman yang dipublikasikan diubah (ISO 8601, UTC).', en: 'When the published record last changed (ISO 8601, UTC).' },
}
const URL_DESCRIPTION = (path: string): Localized => ({
  id: `Alamat halaman rekaman ini di situs (${path}).`,
  en: `The address of the record’s page on this site (${path}).`,
})
const LIST_NOTE: Localized = {
  id: 'Di CSV dipisahkan dengan "; ", di JSON berupa larik.',
  en: 'Separated by "; " in CSV; an array in JSON.',
}
const withListNote = (description: Localized): Localized => ({ id: `${description.id} ${LIST_NOTE.id}`, en: `${description.en} ${LIST_NOTE.en}` })
const MNR_DESCRIPTION = withListNote({
  id: 'Nomor kapabilitas Model National Response (WeProtect Global Alliance, 1–21) yang didukung.',
  en: 'Numbers of the Model National Response capabilities (WeProtect Global Alliance, 1–21) it supports.',
})
const PROGRESS_DESCRIPTION: Localized = {
  id: 'Kemajuan 0–100 (%), dihitung dari bobot tonggak capaian yang telah dipublikasikan; kosong bila belum ada.',
  en: 'Progress 0–100 (%), computed from the weights of published milestones; empty when there are none.',
}

// ---------------------------------------------------------------- dataset builder

const defineDataset = <Doc, Row = Doc>(definition: {
  name: DatasetName
  title: Localized
  description: Localized
  query: { root: string; fields: string }
  rows?: (docs: Doc[]) => Row[]
  order: (a: Row, b: Row) => number
  columns: Column<Row>[]
}): Dataset => ({
  name: definition.name,
  title: definition.title,
  description: definition.description,
  query: definition.query,
  columns: definition.columns.map(({ name, description }) => ({ name, description })),
  table: (docs, context) => {
    const rows = (definition.rows ? definition.rows(docs as Doc[]) : (docs as unknown as Row[])).slice().sort(definition.order)
    const header = definition.columns.map((column) => column.name)
    const cells = rows.map((row) => definition.columns.map((column) => column.value(row, context) ?? null))
    const records = cells.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])))
    return { header, rows: cells, records }
  },
})

const byNumber = (a: { id: number | string }, b: { id: number | string }) => (Number(a.id) || 0) - (Number(b.id) || 0) || String(a.id).localeCompare(String(b.id))

// ---------------------------------------------------------------- organizations

type OrganizationRef = { slug?: string | null; name?: string | null; acronym?: string | null } | null

export type OrganizationDoc = {
  id: number | string
  slug?: string | null
  name?: string | null
  acronym?: string | null
  kind?: string | null
  website?: string | null
  description?: unknown
  logo?: { url?: string | null } | null
  updatedAt?: string | null
}

const organizations = defineDataset<OrganizationDoc>({
  name: 'organizations',
  title: { id: 'Organisasi', en: 'Organizations' },
  description: {
    id: 'Kementerian, lembaga dan mitra yang melaksanakan peta jalan.',
    en: 'The ministries, agencies and partners implementing the roadmap.',
  },
  query: { root: 'Organizations', fields: 'id slug name acronym kind website description logo { url } updatedAt' },
  order: (a, b) => (a.name ?? '').localeCompare(b.name ?? '') || byNumber(a, b),
  columns: [
    { ...ID_COLUMN, value: (row) => row.id },
    { name: 'slug', description: { id: 'Kunci alamat halaman organisasi (/mitra/<slug>).', en: 'The key in the organization’s page address (/mitra/<slug>).' }, value: (row) => text(row.slug) },
    { name: 'name', description: { id: 'Nama organisasi.', en: 'The organization’s name.' }, value: (row) => text(row.name) },
    { name: 'acronym', description: { id: 'Singkatan nama, bila ada.', en: 'The short name, if any.' }, value: (row) => text(row.acronym) },
    {
      name: 'kind',
      description: describe((lang) =>
        (lang === 'id' ? 'Jenis organisasi: ' : 'Kind of organization: ') + valueList(lang, ORGANIZATION_KINDS, organizationKindLabel) + '.',
      ),
      value: (row) => option(row.kind),
    },
    {
      name: 'kindLabel',
      description: { id: 'Jenis organisasi dalam bahasa unduhan ini.', en: 'The kind of organization in this download’s language.' },
      value: (row, { lang }) => organizationKindLabel(lang, option(row.kind)) || null,
    },
    { name: 'website', description: { id: 'Situs web resmi organisasi.', en: 'The organization’s official website.' }, value: (row) => text(row.website) },
    { name: 'logoUrl', description: { id: 'Alamat berkas logo, bila ada.', en: 'The address of the logo file, if any.' }, value: (row, context) => absoluteUrl(context.origin, row.logo?.url) },
    { name: 'description', description: { id: 'Deskripsi organisasi (teks biasa).', en: 'Description of the organization (plain text).' }, value: (row) => text(richTextToPlainText(row.description)) },
    { name: 'url', description: URL_DESCRIPTION('/mitra/<slug>'), value: (row, context) => (row.slug ? pageUrl(context, `/mitra/${segment(row.slug)}`) : null) },
    { ...UPDATED_COLUMN, value: (row) => instant(row.updatedAt) },
  ],
})

// ---------------------------------------------------------------- sections

export type SectionDoc = {
  id: number | string
  code?: string | null
  kind?: string | null
  title?: string | null
  order?: number | null
  parent?: { code?: string | null } | null
  roadmap?: { id: number | string; slug?: string | null; title?: string | null } | null
  leadAgency?: OrganizationRef
  relatedAgencies?: OrganizationRef[] | null
  targetYears?: (number | null)[] | null
  mnrCapabilities?: (string | null)[] | null
  outputs?: { output?: string | null }[] | null
  progress?: number | null
  body?: unknown
  updatedAt?: string | null
}

const sections = defineDataset<SectionDoc>({
  name: 'sections',
  title: { id: 'Bagian peta jalan', en: 'Roadmap sections' },
  description: {
    id: 'Arah kebijakan, strategi, fokus strategi dan intervensi kunci peta jalan yang dipublikasikan, dengan penanggung jawab, target waktu dan kemajuannya.',
    en: 'The published policy directions, strategies, focus areas and key interventions of the roadmap, with their lead agencies, target years and progress.',
  },
  query: {
    root: 'RoadmapSections',
    fields:
      'id code kind title order parent { code } roadmap { id slug title } leadAgency { slug name acronym } relatedAgencies { slug name acronym } targetYears mnrCapabilities outputs { output } progress body updatedAt',
  },
  order: (a, b) =>
    (a.roadmap?.slug ?? '').localeCompare(b.roadmap?.slug ?? '') || compareCodes(a.code ?? '', b.code ?? '') || byNumber(a, b),
  columns: [
    { ...ID_COLUMN, value: (row) => row.id },
    { name: 'roadmap', description: { id: 'Kunci (slug) peta jalan tempat bagian ini berada.', en: 'The key (slug) of the roadmap the section belongs to.' }, value: (row) => text(row.roadmap?.slug) },
    { name: 'roadmapTitle', description: { id: 'Judul peta jalan.', en: 'The roadmap’s title.' }, value: (row) => text(row.roadmap?.title) },
    { name: 'code', description: { id: 'Kode bagian, mis. 2.1.3.', en: 'The section’s code, e.g. 2.1.3.' }, value: (row) => text(row.code) },
    {
      name: 'kind',
      description: describe((lang) => (lang === 'id' ? 'Tingkat bagian: ' : 'Level of the section: ') + valueList(lang, SECTION_KINDS, sectionKindLabel) + '.'),
      value: (row) => option(row.kind),
    },
    {
      name: 'kindLabel',
      description: { id: 'Tingkat bagian dalam bahasa unduhan ini.', en: 'The level of the section in this download’s language.' },
      value: (row, { lang }) => sectionKindLabel(lang, option(row.kind)) || null,
    },
    { name: 'title', description: { id: 'Judul bagian.', en: 'The section’s title.' }, value: (row) => text(row.title) },
    { name: 'parentCode', description: { id: 'Kode bagian induknya; kosong untuk arah kebijakan.', en: 'The code of its parent section; empty for policy directions.' }, value: (row) => text(row.parent?.code) },
    { name: 'leadAgency', description: { id: 'Slug organisasi penanggung jawab.', en: 'Slug of the lead agency.' }, value: (row) => text(row.leadAgency?.slug) },
    { name: 'leadAgencyName', description: { id: 'Nama organisasi penanggung jawab.', en: 'Name of the lead agency.' }, value: (row) => text(row.leadAgency?.name) },
    {
      name: 'relatedAgencies',
      description: withListNote({ id: 'Slug organisasi terkait.', en: 'Slugs of the related agencies.' }),
      value: (row) => (row.relatedAgencies ?? []).map((agency) => agency?.slug).filter((slug): slug is string => Boolean(slug)),
    },
    {
      name: 'targetYears',
      description: withListNote({ id: 'Tahun target pelaksanaan.', en: 'Target years of implementation.' }),
      value: (row) => (row.targetYears ?? []).filter((year): year is number => typeof year === 'number').sort((a, b) => a - b),
    },
    { name: 'mnrCapabilities', description: MNR_DESCRIPTION, value: (row) => capabilities(row.mnrCapabilities) },
    {
      name: 'outputs',
      description: withListNote({ id: 'Keluaran yang diharapkan.', en: 'Expected outputs.' }),
      value: (row) => (row.outputs ?? []).map((item) => item?.output?.trim()).filter((output): output is string => Boolean(output)),
    },
    { name: 'progress', description: PROGRESS_DESCRIPTION, value: (row) => number(row.progress) },
    { name: 'body', description: { id: 'Uraian bagian (teks biasa).', en: 'The section’s text (plain text).' }, value: (row) => text(richTextToPlainText(row.body)) },
    {
      name: 'url',
      description: {
        id: 'Alamat halaman bagian ini di situs (/peta-jalan/<kode>); hanya untuk bagian peta jalan yang ditetapkan dan ditampilkan situs.',
        en: 'The address of the section’s page on this site (/peta-jalan/<code>); only for sections of the adopted roadmap the site shows.',
      },
      value: (row, context) =>
        row.code && context.adoptedRoadmapId !== undefined && context.adoptedRoadmapId !== null && String(row.roadmap?.id) === String(context.adoptedRoadmapId)
          ? pageUrl(context, `/peta-jalan/${segment(row.code)}`)
          : null,
    },
    { ...UPDATED_COLUMN, value: (row) => instant(row.updatedAt) },
  ],
})

// ---------------------------------------------------------------- commitments

export type CommitmentDoc = {
  id: number | string
  slug?: string | null
  title?: string | null
  organization?: OrganizationRef
  section?: { code?: string | null; title?: string | null } | null
  role?: string | null
  status?: string | null
  completion?: string | null
  progress?: number | null
  startDate?: string | null
  dueDate?: string | null
  indicator?: { name?: string | null; unit?: string | null; baseline?: number | null; target?: number | null } | null
  mnrCapabilities?: (string | null)[] | null
  description?: unknown
  updatedAt?: string | null
}

const commitments = defineDataset<CommitmentDoc>({
  name: 'commitments',
  title: { id: 'Komitmen', en: 'Commitments' },
  description: {
    id: 'Komitmen yang dipublikasikan: apa yang dijanjikan setiap organisasi, pada intervensi kunci mana, dengan status, tenggat dan kemajuannya.',
    en: 'The published commitments: what each organization committed to, under which key intervention, with its status, due date and progress.',
  },
  query: {
    root: 'Commitments',
    fields:
      'id slug title organization { slug name acronym } section { code title } role status completion progress startDate dueDate indicator { name unit baseline target } mnrCapabilities description updatedAt',
  },
  order: (a, b) => compareCodes(a.section?.code ?? '', b.section?.code ?? '') || (a.title ?? '').localeCompare(b.title ?? '') || byNumber(a, b),
  columns: [
    { ...ID_COLUMN, value: (row) => row.id },
    { name: 'slug', description: { id: 'Kunci alamat halaman komitmen (/komitmen/<slug>).', en: 'The key in the commitment’s page address (/komitmen/<slug>).' }, value: (row) => text(row.slug) },
    { name: 'title', description: { id: 'Judul komitmen.', en: 'The commitment’s title.' }, value: (row) => text(row.title) },
    { name: 'organization', description: { id: 'Slug organisasi yang berkomitmen.', en: 'Slug of the committed organization.' }, value: (row) => text(row.organization?.slug) },
    { name: 'organizationName', description: { id: 'Nama organisasi yang berkomitmen.', en: 'Name of the committed organization.' }, value: (row) => text(row.organization?.name) },
    { name: 'sectionCode', description: { id: 'Kode intervensi kunci tempat komitmen ini berada.', en: 'Code of the key intervention it belongs to.' }, value: (row) => text(row.section?.code) },
    { name: 'sectionTitle', description: { id: 'Judul intervensi kunci.', en: 'Title of the key intervention.' }, value: (row) => text(row.section?.title) },
    {
      name: 'role',
      description: describe((lang) => (lang === 'id' ? 'Peran organisasi: ' : 'The organization’s role: ') + valueList(lang, COMMITMENT_ROLES, (l, value) => ROLE_LABEL[l][value as (typeof COMMITMENT_ROLES)[number]]) + '.'),
      value: (row) => option(row.role),
    },
    {
      name: 'status',
      description: describe(
        (lang) => (lang === 'id' ? 'Status menurut laporan mandiri lembaga: ' : 'Status as self-reported by the agency: ') + valueList(lang, COMMITMENT_STATUSES, commitmentStatusLabel) + '.',
      ),
      value: (row) => option(row.status),
    },
    { name: 'statusLabel', description: { id: 'Status dalam bahasa unduhan ini.', en: 'The status in this download’s language.' }, value: (row, { lang }) => (row.status ? commitmentStatusLabel(lang, option(row.status)) : null) },
    {
      name: 'completion',
      description: describe(
        (lang) =>
          (lang === 'id' ? 'Penilaian sekretariat (skala OGP); kosong bila belum dinilai: ' : 'The secretariat’s assessment (OGP scale); empty when not assessed yet: ') +
          valueList(lang, COMPLETION_LEVELS, completionLabel) +
          '.',
      ),
      value: (row) => option(row.completion),
    },
    { name: 'progress', description: PROGRESS_DESCRIPTION, value: (row) => number(row.progress) },
    { name: 'startDate', description: { id: 'Tanggal mulai (YYYY-MM-DD, WIB).', en: 'Start date (YYYY-MM-DD, Jakarta time).' }, value: (row) => jakartaDay(row.startDate) },
    { name: 'dueDate', description: { id: 'Tenggat (YYYY-MM-DD, WIB).', en: 'Due date (YYYY-MM-DD, Jakarta time).' }, value: (row) => jakartaDay(row.dueDate) },
    { name: 'indicatorName', description: { id: 'Nama indikator komitmen, bila ada.', en: 'Name of the commitment’s indicator, if any.' }, value: (row) => text(row.indicator?.name) },
    { name: 'indicatorUnit', description: { id: 'Satuan indikator.', en: 'Unit of the indicator.' }, value: (row) => text(row.indicator?.unit) },
    { name: 'indicatorBaseline', description: { id: 'Nilai awal indikator.', en: 'Baseline value of the indicator.' }, value: (row) => number(row.indicator?.baseline) },
    { name: 'indicatorTarget', description: { id: 'Target indikator.', en: 'Target value of the indicator.' }, value: (row) => number(row.indicator?.target) },
    { name: 'mnrCapabilities', description: MNR_DESCRIPTION, value: (row) => capabilities(row.mnrCapabilities) },
    { name: 'description', description: { id: 'Deskripsi komitmen (teks biasa).', en: 'Description of the commitment (plain text).' }, value: (row) => text(richTextToPlainText(row.description)) },
    { name: 'url', description: URL_DESCRIPTION('/komitmen/<slug>'), value: (row, context) => (row.slug ? pageUrl(context, `/komitmen/${segment(row.slug)}`) : null) },
    { ...UPDATED_COLUMN, value: (row) => instant(row.updatedAt) },
  ],
})

// ---------------------------------------------------------------- milestones

export type MilestoneDoc = {
  id: number | string
  title?: string | null
  commitment?: { slug?: string | null; title?: string | null } | null
  organization?: OrganizationRef
  status?: string | null
  dueDate?: string | null
  completedDate?: string | null
  weight?: number | null
  evidence?: { url?: string | null; file?: { url?: string | null } | null }[] | null
  updatedAt?: string | null
}

const milestones = defineDataset<MilestoneDoc>({
  name: 'milestones',
  title: { id: 'Tonggak capaian', en: 'Milestones' },
  description: {
    id: 'Tonggak capaian komitmen yang dipublikasikan setelah ditinjau sekretariat, dengan tenggat, status, bobot dan buktinya.',
    en: 'The commitments’ milestones published after the secretariat’s review, with their due dates, statuses, weights and evidence.',
  },
  query: {
    root: 'Milestones',
    fields: 'id title commitment { slug title } organization { slug name acronym } status dueDate completedDate weight evidence { url file { url } } updatedAt',
  },
  order: (a, b) => (a.commitment?.slug ?? '').localeCompare(b.commitment?.slug ?? '') || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || byNumber(a, b),
  columns: [
    { ...ID_COLUMN, value: (row) => row.id },
    { name: 'title', description: { id: 'Judul tonggak capaian.', en: 'The milestone’s title.' }, value: (row) => text(row.title) },
    { name: 'commitment', description: { id: 'Slug komitmen tempat tonggak ini berada.', en: 'Slug of the commitment it belongs to.' }, value: (row) => text(row.commitment?.slug) },
    { name: 'commitmentTitle', description: { id: 'Judul komitmen.', en: 'The commitment’s title.' }, value: (row) => text(row.commitment?.title) },
    { name: 'organization', description: { id: 'Slug organisasi pelaksana.', en: 'Slug of the implementing organization.' }, value: (row) => text(row.organization?.slug) },
    { name: 'organizationName', description: { id: 'Nama organisasi pelaksana.', en: 'Name of the implementing organization.' }, value: (row) => text(row.organization?.name) },
    {
      name: 'status',
      description: describe((lang) => (lang === 'id' ? 'Status: ' : 'Status: ') + valueList(lang, MILESTONE_STATUSES, milestoneStatusLabel) + '.'),
      value: (row) => option(row.status),
    },
    { name: 'statusLabel', description: { id: 'Status dalam bahasa unduhan ini.', en: 'The status in this download’s language.' }, value: (row, { lang }) => (row.status ? milestoneStatusLabel(lang, option(row.status)) : null) },
    { name: 'dueDate', description: { id: 'Tenggat (YYYY-MM-DD, WIB).', en: 'Due date (YYYY-MM-DD, Jakarta time).' }, value: (row) => jakartaDay(row.dueDate) },
    { name: 'completedDate', description: { id: 'Tanggal tercapai (YYYY-MM-DD, WIB).', en: 'Date it was reached (YYYY-MM-DD, Jakarta time).' }, value: (row) => jakartaDay(row.completedDate) },
    {
      name: 'weight',
      description: { id: 'Bobot tonggak dalam kemajuan komitmen.', en: 'How much the milestone counts toward the commitment’s progress.' },
      value: (row) => number(row.weight),
    },
    {
      name: 'evidence',
      description: withListNote({ id: 'Tautan dan berkas bukti yang dipublikasikan.', en: 'Published evidence links and files.' }),
      value: (row, context) =>
        (row.evidence ?? []).flatMap((item) => [absoluteUrl(context.origin, item?.file?.url), absoluteUrl(context.origin, item?.url)]).filter((url): url is string => Boolean(url)),
    },
    { ...UPDATED_COLUMN, value: (row) => instant(row.updatedAt) },
  ],
})

// ---------------------------------------------------------------- indicator values

export type IndicatorDoc = {
  id: number | string
  code?: string | null
  name?: string | null
  unit?: string | null
  direction?: string | null
  source?: { name?: string | null; url?: string | null } | null
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  values?: { periodLabel?: string | null; year?: number | null; value?: number | null; source?: string | null; note?: string | null }[] | null
  updatedAt?: string | null
}

type IndicatorValueRow = { indicator: IndicatorDoc; value: NonNullable<IndicatorDoc['values']>[number]; position: number }

const indicatorValues = defineDataset<IndicatorDoc, IndicatorValueRow>({
  name: 'indicator-values',
  title: { id: 'Nilai indikator', en: 'Indicator values' },
  description: {
    id: 'Setiap nilai indikator pemantauan yang dipublikasikan, satu baris per nilai, dengan periode, sumber, nilai dasar dan target indikatornya.',
    en: 'Every published value of the monitoring indicators, one row per value, with its period and source and the indicator’s baseline and target.',
  },
  query: {
    root: 'Indicators',
    fields: 'id code name unit direction source { name url } baseline { year value } target { year value } values { periodLabel year value source note } updatedAt',
  },
  rows: (docs) => docs.flatMap((indicator) => (indicator.values ?? []).map((value, position) => ({ indicator, value, position }))),
  order: (a, b) => (a.indicator.code ?? '').localeCompare(b.indicator.code ?? '') || (a.value.year ?? 0) - (b.value.year ?? 0) || a.position - b.position,
  columns: [
    { name: 'indicatorCode', description: { id: 'Kode indikator, mis. IWF-PORTAL-REPORTS.', en: 'The indicator’s code, e.g. IWF-PORTAL-REPORTS.' }, value: (row) => text(row.indicator.code) },
    { name: 'indicatorName', description: { id: 'Nama indikator.', en: 'The indicator’s name.' }, value: (row) => text(row.indicator.name) },
    { name: 'unit', description: { id: 'Satuan nilai.', en: 'Unit of the value.' }, value: (row) => text(row.indicator.unit) },
    {
      name: 'direction',
      description: describe(
        (lang) =>
          (lang === 'id' ? 'Arah yang diinginkan: ' : 'Desired direction: ') +
          valueList(lang, INDICATOR_DIRECTIONS, (l, value) => DIRECTION_LABEL[l][value as (typeof INDICATOR_DIRECTIONS)[number]]) +
          '.',
      ),
      value: (row) => option(row.indicator.direction),
    },
    { name: 'periodLabel', description: { id: 'Periode nilai, seperti yang dilaporkan.', en: 'The value’s period, as reported.' }, value: (row) => text(row.value.periodLabel) },
    { name: 'year', description: { id: 'Tahun nilai.', en: 'The value’s year.' }, value: (row) => number(row.value.year) },
    { name: 'value', description: { id: 'Nilai.', en: 'The value.' }, value: (row) => number(row.value.value) },
    { name: 'source', description: { id: 'Sumber nilai ini.', en: 'Source of this value.' }, value: (row) => text(row.value.source) },
    { name: 'note', description: { id: 'Catatan atas nilai, bila ada.', en: 'Note on the value, if any.' }, value: (row) => text(row.value.note) },
    { name: 'baselineYear', description: { id: 'Tahun nilai dasar indikator.', en: 'Year of the indicator’s baseline.' }, value: (row) => number(row.indicator.baseline?.year) },
    { name: 'baselineValue', description: { id: 'Nilai dasar indikator.', en: 'The indicator’s baseline value.' }, value: (row) => number(row.indicator.baseline?.value) },
    { name: 'targetYear', description: { id: 'Tahun target indikator.', en: 'Year of the indicator’s target.' }, value: (row) => number(row.indicator.target?.year) },
    { name: 'targetValue', description: { id: 'Target indikator.', en: 'The indicator’s target value.' }, value: (row) => number(row.indicator.target?.value) },
    { name: 'indicatorSource', description: { id: 'Sumber data indikator.', en: 'The indicator’s data source.' }, value: (row) => text(row.indicator.source?.name) },
    { name: 'indicatorSourceUrl', description: { id: 'Tautan sumber data indikator.', en: 'Link to the indicator’s data source.' }, value: (row) => text(row.indicator.source?.url) },
    {
      name: 'url',
      description: URL_DESCRIPTION('/indikator/<code>'),
      value: (row, context) => (row.indicator.code ? pageUrl(context, `/indikator/${segment(row.indicator.code)}`) : null),
    },
  ],
})

export const DATASETS: readonly Dataset[] = [organizations, sections, commitments, milestones, indicatorValues]

export const datasetByName = (name: string): Dataset | undefined => DATASETS.find((dataset) => dataset.name === name)

// ---------------------------------------------------------------- files

export const DATA_FORMATS = ['csv', 'json'] as const
export type DataFormat = (typeof DATA_FORMATS)[number]

/** `commitments.csv` → the dataset and format; anything else → null (a 404). */
export const parseDataFileName = (file: string): { dataset: Dataset; format: DataFormat } | null => {
  const match = /^([a-z][a-z-]*)\.(csv|json)$/.exec(file)
  if (!match) return null
  const dataset = datasetByName(match[1])
  return dataset ? { dataset, format: match[2] as DataFormat } : null
}

/** The name a download is saved under: `lentera-commitments-id.csv`. */
export const downloadFileName = (dataset: Dataset, format: DataFormat, lang: Lang) => `lentera-${dataset.name}-${lang}.${format}`

/** The JSON download: what it is, its columns with their meaning, then one object per row. */
export const toJsonDocument = ({
  dataset,
  table,
  lang,
  origin,
  generatedAt,
}: {
  dataset: Dataset
  table: Table
  lang: Lang
  origin: string
  generatedAt: Date
}) => ({
  dataset: dataset.name,
  title: dataset.title[lang],
  description: dataset.description[lang],
  language: lang,
  source: `${origin}${pathFor(lang, '/data')}`,
  generatedAt: generatedAt.toISOString(),
  columns: dataset.columns.map((column) => ({ name: column.name, description: column.description[lang] })),
  count: table.records.length,
  rows: table.records,
})
