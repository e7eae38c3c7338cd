import type React from 'react'

import { COMMITMENT_STATUSES, MNR_CAPABILITIES } from '../../constants'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, commitmentStatusLabel, formatNumber, mnrCapabilityLabel, pathFor } from '../i18n'
import { loadAllPublic } from '../exports/load'
import { pageMetadata } from '../metadata'
import { fromEnum } from '../publicValues'
import type { PublicSectionSummary } from './roadmapData'
import { loadAdoptedRoadmap, loadSections } from './roadmapData'

type Row = {
  status: string
  mnrCapabilities: string[]
  organization?: { id: number; name: string; acronym?: string | null; slug: string } | null
  section?: { id: number } | null
}

const ROW_FIELDS = 'id status mnrCapabilities organization { id name acronym slug } section { id }'

export const statusMetadata = (lang: Lang) => pageMetadata({ lang, path: '/status', title: TEXT[lang].statusTitle, description: TEXT[lang].statusIntro })

type Group = { key: string; label: React.ReactNode; rows: Row[] }

/** The strategy a section belongs to (itself, or its nearest strategy ancestor). */
const strategyOf = (sectionId: number | undefined, sections: Map<number, PublicSectionSummary>): PublicSectionSummary | null => {
  let current = sectionId === undefined ? undefined : sections.get(sectionId)
  const seen = new Set<number>()
  while (current && !seen.has(current.id)) {
    if (current.kind === 'strategy') return current
    seen.add(current.id)
    current = current.parent?.id !== undefined ? sections.get(current.parent.id) : undefined
  }
  return null
}

const StatusTable = ({ lang, caption, groups }: { lang: Lang; caption: string; groups: Group[] }) => (
  <div className="table-wrap">
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">{TEXT[lang].commitments}</th>
          {COMMITMENT_STATUSES.map((status) => (
            <th scope="col" key={status}>
              {commitmentStatusLabel(lang, status)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">{group.label}</th>
            <td>{formatNumber(lang, group.rows.length, 0)}</td>
            {COMMITMENT_STATUSES.map((status) => (
              <td key={status}>{formatNumber(lang, group.rows.filter((row) => row.status === status).length, 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

/** `/status`: the reporting status by agency, by strategy and by MNR capability. */
export const StatusPage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const rows: Row[] = (await loadAllPublic<Row & { id: number }>({ lang, root: 'Commitments', fields: ROW_FIELDS })).map((row) => ({
    ...row,
    status: fromEnum(row.status) ?? row.status,
    mnrCapabilities: (row.mnrCapabilities ?? []).map((value) => fromEnum(value) ?? value),
  }))
  const roadmap = await loadAdoptedRoadmap(lang)
  const sections = new Map((roadmap ? await loadSections(lang, roadmap.id) : []).map((section) => [section.id, section]))

  const byAgency = new Map<string, Group>()
  for (const row of rows) {
    const organization = row.organization
    const key = organization ? String(organization.id) : 'none'
    const group: Group = byAgency.get(key) ?? {
      key,
      label: organization ? <a href={pathFor(lang, `/mitra/${organization.slug}`)}>{organization.acronym || organization.name}</a> : '—',
      rows: [],
    }
    group.rows.push(row)
    byAgency.set(key, group)
  }

  const strategyGroups = new Map<string, Group>()
  for (const section of sections.values()) {
    if (section.kind !== 'strategy') continue
    strategyGroups.set(String(section.id), {
      key: String(section.id),
      label: (
        <a href={pathFor(lang, `/peta-jalan/${section.code}`)}>
          {section.code}. {section.title}
        </a>
      ),
      rows: [],
    })
  }
  for (const row of rows) {
    const strategy = strategyOf(row.section?.id, sections)
    if (strategy) strategyGroups.get(String(strategy.id))?.rows.push(row)
  }

  const capabilityGroups: Group[] = MNR_CAPABILITIES.map((capability) => ({
    key: String(capability.number),
    label: mnrCapabilityLabel(lang, capability.number),
    rows: rows.filter((row) => row.mnrCapabilities.includes(String(capability.number))),
  }))
  const uncovered = capabilityGroups.filter((group) => group.rows.length === 0)

  return (
    <PageFrame lang={lang} path="/status">
      <Breadcrumbs lang={lang} items={[{ label: text.statusTitle }]} />
      <h1>{text.statusTitle}</h1>
      <p className="lead">{text.statusIntro}</p>
      <p className="muted">{text.commitmentsByStatusNote}</p>

      <h2 id="mnr-belum">{text.uncovered}</h2>
      {uncovered.length === 0 ? (
        <p>{text.allCovered}</p>
      ) : (
        <ul className="tags" aria-labelledby="mnr-belum">
          {uncovered.map((group) => (
            <li key={group.key}>{group.label}</li>
          ))}
        </ul>
      )}

      <h2>{text.byAgency}</h2>
      {byAgency.size === 0 ? <p>{text.noCommitments}</p> : <StatusTable lang={lang} caption={text.organization} groups={[...byAgency.values()]} />}

      <h2>{text.byStrategy}</h2>
      {strategyGroups.size === 0 ? <p>{text.noStrategies}</p> : <StatusTable lang={lang} caption={text.strategies} groups={[...strategyGroups.values()]} />}

      <h2>{text.byCapability}</h2>
      <StatusTable lang={lang} caption={text.mnrCapabilities} groups={capabilityGroups} />
    </PageFrame>
  )
}
