import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import { ProgressBar } from '../components/ProgressBar'
import { RichText } from '../components/RichText'
import { StatusBadge } from '../components/StatusBadge'
import type { Lang } from '../i18n'
import { TEXT, commitmentStatusLabel, mnrCapabilityLabel, pathFor, sectionKindLabel } from '../i18n'
import { pageMetadata } from '../metadata'
import { NotFoundPage } from './NotFoundPage'
import { publicQuery } from '../publicGraphQL'
import { compareCodes, fromEnum } from '../publicValues'
import { loadAdoptedRoadmap } from './roadmapData'

type Organization = { name: string; acronym?: string | null; slug?: string | null }
type PublicSection = {
  id: number
  code: string
  kind: string
  title: string
  body?: unknown
  progress?: number | null
  outputs?: { output: string }[] | null
  targetYears?: number[] | null
  leadAgency?: Organization | null
  relatedAgencies?: Organization[] | null
  mnrCapabilities?: string[] | null
  breadcrumbs?: { code?: string | null; label?: string | null }[] | null
}

const SECTION_QUERY = `query Section($roadmap: JSON, $code: String, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  RoadmapSections(where: { roadmap: { equals: $roadmap }, code: { equals: $code } }, limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs {
      id code kind title body progress outputs { output } targetYears mnrCapabilities
      leadAgency { name acronym slug } relatedAgencies { name acronym slug }
      breadcrumbs { code label }
    }
  }
}`

const CHILDREN_QUERY = `query SectionChildren($parent: JSON, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  RoadmapSections(where: { parent: { equals: $parent } }, limit: 500, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id code kind title progress }
  }
  Commitments(where: { section: { equals: $parent } }, limit: 500, sort: "title", locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id title slug status progress organization { name acronym slug } }
  }
}`

const loadSection = async (lang: Lang, code: string) => {
  const roadmap = await loadAdoptedRoadmap(lang)
  if (!roadmap) return null
  const { RoadmapSections } = await publicQuery<{ RoadmapSections: { docs: PublicSection[] } }>(SECTION_QUERY, {
    lang,
    variables: { roadmap: roadmap.id, code },
  })
  return RoadmapSections.docs[0] ?? null
}

export const sectionMetadata = async (lang: Lang, code: string) => {
  const section = await loadSection(lang, code)
  return pageMetadata({
    lang,
    path: `/peta-jalan/${code}`,
    title: section ? `${section.code} ${section.title}` : TEXT[lang].notFoundTitle,
    description: section ? `${sectionKindLabel(lang, fromEnum(section.kind))} ${section.code}: ${section.title}` : undefined,
  })
}

const agencyName = (organization: Organization) => organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name
const AgencyLink = ({ lang, organization }: { lang: Lang; organization: Organization }) =>
  organization.slug ? <a href={pathFor(lang, `/mitra/${organization.slug}`)}>{agencyName(organization)}</a> : <>{agencyName(organization)}</>

/** `/peta-jalan/[code]`: one direction, strategy, focus area or key intervention. */
export const SectionPage = async ({ lang, code }: { lang: Lang; code: string }) => {
  const text = TEXT[lang]
  const section = await loadSection(lang, code)
  if (!section) return <NotFoundPage lang={lang} />
  const kind = fromEnum(section.kind)
  const { RoadmapSections: children, Commitments: commitments } = await publicQuery<{
    RoadmapSections: { docs: { id: number; code: string; kind: string; title: string; progress?: number | null }[] }
    Commitments: { docs: { id: number; title: string; slug?: string | null; status: string; progress?: number | null; organization?: Organization | null }[] }
  }>(CHILDREN_QUERY, { lang, variables: { parent: section.id } })
  const ancestors = (section.breadcrumbs ?? []).filter((crumb) => crumb.code && crumb.code !== section.code)
  const capabilities = (section.mnrCapabilities ?? []).map((value) => Number(fromEnum(value))).filter(Number.isFinite)

  return (
    <PageFrame lang={lang} path={`/peta-jalan/${section.code}`}>
      <Breadcrumbs
        lang={lang}
        items={[
          { label: text.roadmapTitle, path: '/peta-jalan' },
          ...ancestors.map((crumb) => ({ label: `${crumb.code}`, path: `/peta-jalan/${crumb.code}` })),
          { label: section.code },
        ]}
      />
      <p className="muted">
        {sectionKindLabel(lang, kind)} {section.code}
      </p>
      <h1>{section.title}</h1>
      <ProgressBar lang={lang} value={section.progress} label={text.progressOf(`${section.code} ${section.title}`)} />
      <RichText data={section.body} />

      <dl className="facts">
        {section.leadAgency ? (
          <>
            <dt>{text.leadAgency}</dt>
            <dd>
              <AgencyLink lang={lang} organization={section.leadAgency} />
            </dd>
          </>
        ) : null}
        {section.relatedAgencies && section.relatedAgencies.length > 0 ? (
          <>
            <dt>{text.relatedAgencies}</dt>
            <dd>
              {section.relatedAgencies.map((organization, index) => (
                <span key={`${organization.name}-${index}`}>
                  {index > 0 ? ', ' : ''}
                  <AgencyLink lang={lang} organization={organization} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {section.targetYears && section.targetYears.length > 0 ? (
          <>
            <dt>{text.targetYears}</dt>
            <dd>{[...section.targetYears].sort().join(', ')}</dd>
          </>
        ) : null}
      </dl>

      {section.outputs && section.outputs.length > 0 ? (
        <>
          <h2>{text.outputs}</h2>
          <ul>
            {section.outputs.map((item, index) => (
              <li key={index}>{item.output}</li>
            ))}
          </ul>
        </>
      ) : null}

      {capabilities.length > 0 ? (
        <>
          <h2>{text.mnrCapabilities}</h2>
          <p className="muted">{text.mnrExplainer}</p>
          <ul className="tags">
            {capabilities.map((number) => (
              <li key={number}>{mnrCapabilityLabel(lang, number)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {children.docs.length > 0 ? (
        <>
          <h2>{text.subsections}</h2>
          <ul className="cards">
            {[...children.docs]
              .sort((a, b) => compareCodes(a.code, b.code))
              .map((child) => (
                <li key={child.id}>
                  <p className="muted">
                    {sectionKindLabel(lang, fromEnum(child.kind))} {child.code}
                  </p>
                  <h3>
                    <a href={pathFor(lang, `/peta-jalan/${child.code}`)}>{child.title}</a>
                  </h3>
                  <ProgressBar lang={lang} value={child.progress} label={text.progressOf(`${child.code} ${child.title}`)} />
                </li>
              ))}
          </ul>
        </>
      ) : null}

      {kind === 'intervention' ? (
        <>
          <h2>{text.commitmentsHere}</h2>
          {commitments.docs.length === 0 ? (
            <p>{text.noCommitments}</p>
          ) : (
            <ul className="cards">
              {commitments.docs.map((commitment) => (
                <li key={commitment.id}>
                  <h3>
                    {commitment.slug ? <a href={pathFor(lang, `/komitmen/${commitment.slug}`)}>{commitment.title}</a> : commitment.title}
                  </h3>
                  <p className="muted">{commitment.organization ? agencyName(commitment.organization) : ''}</p>
                  <StatusBadge status={fromEnum(commitment.status)} label={commitmentStatusLabel(lang, fromEnum(commitment.status))} />
                  <ProgressBar lang={lang} value={commitment.progress} label={text.progressOf(commitment.title)} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </PageFrame>
  )
}
