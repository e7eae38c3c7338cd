import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { COLLECTION, CONTEXT, GLOBAL } from '../constants'
import { recomputeAllProgress } from '../hooks/progressRollup'
import type { DocumentId } from '../utilities/idOf'
import {
  seedCommitments,
  seedIndicators,
  seedOrganizations,
  seedProgressReports,
  seedRoadmap,
  seedSections,
  seedSiteSettings,
  seedUsers,
} from './data'
import { paragraphsToLexical } from './richText'

export const DEFAULT_DEMO_PASSWORD = 'lentera-demo-2025'

export type SeedSummary = {
  created: Record<string, number>
  skippedExisting: Record<string, number>
  demoAccounts: boolean
}

const QUIET_CONTEXT = { [CONTEXT.skipProgressRollup]: true }

/** Demo accounts only ever appear in production when someone asked for them by name. */
export const mayCreateDemoAccounts = (): boolean =>
  process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO === 'true'

/**
 * Loads the demo data built from ../shared/domain/FACTS.md. Idempotent: every record is
 * found by its natural key (slug, code, email) first and only created when missing, so a
 * second run changes nothing.
 */
export const seedDemoData = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<SeedSummary> => {
  const summary: SeedSummary = { created: {}, skippedExisting: {}, demoAccounts: mayCreateDemoAccounts() }
  const count = (bucket: 'created' | 'skippedExisting', collection: string) => {
    summary[bucket][collection] = (summary[bucket][collection] ?? 0) + 1
  }

  const ensure = async <T extends Record<string, unknown>>({
    collection,
    where,
    create,
    translate,
    isVersioned = false,
  }: {
    collection: CollectionSlug
    where: Where
    create: T
    translate?: Record<string, unknown>
    isVersioned?: boolean
  }): Promise<DocumentId> => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, req, trash: true, draft: isVersioned })
    if (docs[0]) {
      count('skippedExisting', collection)
      return docs[0].id
    }
    const created = await payload.create({
      collection,
      data: (isVersioned ? { ...create, _status: 'published' } : create) as never,
      locale: 'id',
      req,
      context: QUIET_CONTEXT,
      depth: 0,
    })
    if (translate) {
      await payload.update({
        collection,
        id: created.id,
        data: (isVersioned ? { ...translate, _status: 'published' } : translate) as never,
        locale: 'en',
        req,
        context: QUIET_CONTEXT,
        depth: 0,
      })
    }
    count('created', collection)
    return created.id
  }

  const organizationIds = new Map<string, DocumentId>()
  for (const organization of seedOrganizations) {
    const id = await ensure({
      collection: COLLECTION.organizations,
      where: { slug: { equals: organization.slug } },
      create: {
        name: organization.name.id,
        acronym: organization.acronym,
        slug: organization.slug,
        kind: organization.kind,
        website: organization.website,
        description: paragraphsToLexical(organization.description.id),
      },
      translate: { name: organization.name.en, description: paragraphsToLexical(organization.description.en) },
    })
    organizationIds.set(organization.slug, id)
  }
  const organizationId = (slug: string): DocumentId => {
    const id = organizationIds.get(slug)
    if (id === undefined) throw new Error(`Seed data names an unknown organization: ${slug}`)
    return id
  }

  const roadmapId = await ensure({
    collection: COLLECTION.roadmaps,
    where: { slug: { equals: seedRoadmap.slug } },
    isVersioned: true,
    create: {
      title: seedRoadmap.title.id,
      slug: seedRoadmap.slug,
      periodStart: seedRoadmap.periodStart,
      periodEnd: seedRoadmap.periodEnd,
      legalBasis: seedRoadmap.legalBasis,
      status: seedRoadmap.status,
      summary: paragraphsToLexical(seedRoadmap.summary.id),
    },
    translate: { title: seedRoadmap.title.en, summary: paragraphsToLexical(seedRoadmap.summary.en) },
  })

  const sectionIds = new Map<string, DocumentId>()
  const byDepth = [...seedSections].sort((a, b) => a.code.split('.').length - b.code.split('.').length)
  for (const section of byDepth) {
    const parent = section.parentCode === null ? null : sectionIds.get(section.parentCode)
    if (parent === undefined) throw new Error(`Seed section ${section.code} names an unknown parent ${section.parentCode}`)
    const isIntervention = section.kind === 'intervention'
    const id = await ensure({
      collection: COLLECTION.roadmapSections,
      where: { and: [{ roadmap: { equals: roadmapId } }, { code: { equals: section.code } }] },
      isVersioned: true,
      create: {
        roadmap: roadmapId,
        parent,
        kind: section.kind,
        code: section.code,
        order: section.order,
        title: section.title.id,
        body: paragraphsToLexical(section.body.id),
        ...(isIntervention
          ? {
              outputs: section.outputs.id.map((output) => ({ output })),
              targetYears: section.targetYears,
              leadAgency: organizationId(section.leadAgency),
              relatedAgencies: section.relatedAgencies.map(organizationId),
              mnrCapabilities: section.mnrCapabilities.map(String),
            }
          : {}),
      },
      translate: {
        title: section.title.en,
        body: paragraphsToLexical(section.body.en),
        ...(isIntervention ? { outputs: section.outputs.en.map((output) => ({ output })) } : {}),
      },
    })
    sectionIds.set(section.code, id)
  }

  const commitmentIds = new Map<string, DocumentId>()
  for (const commitment of seedCommitments) {
    const section = sectionIds.get(commitment.sectionCode)
    if (section === undefined) throw new Error(`Seed commitment ${commitment.slug} names an unknown section`)
    const id = await ensure({
      collection: COLLECTION.commitments,
      where: { slug: { equals: commitment.slug } },
      isVersioned: true,
      create: {
        title: commitment.title.id,
        slug: commitment.slug,
        organization: organizationId(commitment.organization),
        section,
        role: commitment.role,
        description: paragraphsToLexical(commitment.description.id),
        indicator: {
          name: commitment.indicator.name.id,
          unit: commitment.indicator.unit,
          baseline: commitment.indicator.baseline,
          target: commitment.indicator.target,
        },
        startDate: commitment.startDate,
        dueDate: commitment.dueDate,
        status: commitment.status,
        completion: commitment.completion,
        mnrCapabilities: commitment.mnrCapabilities.map(String),
      },
      translate: {
        title: commitment.title.en,
        description: paragraphsToLexical(commitment.description.en),
        indicator: { name: commitment.indicator.name.en },
      },
    })
    commitmentIds.set(commitment.slug, id)

    for (const milestone of commitment.milestones) {
      await ensure({
        collection: COLLECTION.milestones,
        where: { and: [{ commitment: { equals: id } }, { title: { equals: milestone.title.id } }] },
        isVersioned: true,
        create: {
          commitment: id,
          title: milestone.title.id,
          dueDate: milestone.dueDate,
          completedDate: milestone.completedDate,
          status: milestone.status,
          weight: milestone.weight,
          evidence: (milestone.evidenceLinks ?? []).map((link) => ({ url: link.url, description: link.description.id })),
        },
        translate: { title: milestone.title.en },
      })
    }
  }

  for (const report of seedProgressReports) {
    const commitment = commitmentIds.get(report.commitmentSlug)
    if (commitment === undefined) throw new Error(`Seed report names an unknown commitment ${report.commitmentSlug}`)
    await ensure({
      collection: COLLECTION.progressReports,
      where: { and: [{ commitment: { equals: commitment } }, { periodLabel: { equals: report.periodLabel } }] },
      create: {
        commitment,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        periodLabel: report.periodLabel,
        summary: paragraphsToLexical(report.summary.id),
        indicatorValue: report.indicatorValue,
        reviewStatus: report.reviewStatus,
      },
      translate: { summary: paragraphsToLexical(report.summary.en) },
    })
  }

  for (const indicator of seedIndicators) {
    await ensure({
      collection: COLLECTION.indicators,
      where: { code: { equals: indicator.code } },
      create: {
        code: indicator.code,
        name: indicator.name.id,
        unit: indicator.unit,
        direction: indicator.direction,
        description: indicator.description.id,
        source: indicator.source,
        baseline: indicator.baseline,
        target: indicator.target,
        values: indicator.values.map((value) => ({
          periodLabel: value.periodLabel,
          year: value.year,
          value: value.value,
          source: value.source,
          note: value.note?.id,
        })),
      },
      translate: { name: indicator.name.en, description: indicator.description.en },
    })
  }

  if (summary.demoAccounts) {
    const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
    for (const user of seedUsers) {
      await ensure({
        collection: COLLECTION.users,
        where: { email: { equals: user.email } },
        create: {
          email: user.email,
          password,
          name: user.name,
          roles: user.roles,
          organization: user.organization ? organizationId(user.organization) : undefined,
        },
      })
    }
  }

  await payload.updateGlobal({
    slug: GLOBAL.siteSettings,
    locale: 'id',
    req,
    data: {
      title: seedSiteSettings.title.id,
      tagline: seedSiteSettings.tagline.id,
      about: paragraphsToLexical(seedSiteSettings.about.id),
      contactEmail: seedSiteSettings.contactEmail,
      demoData: true,
    },
  })
  await payload.updateGlobal({
    slug: GLOBAL.siteSettings,
    locale: 'en',
    req,
    data: {
      title: seedSiteSettings.title.en,
      tagline: seedSiteSettings.tagline.en,
      about: paragraphsToLexical(seedSiteSettings.about.en),
    },
  })

  await recomputeAllProgress({ payload, req })
  return summary
}

/** True when the database holds no roadmap content yet, the condition for SEED_DEMO on start. */
export const isDatabaseEmpty = async ({ payload }: { payload: Payload }): Promise<boolean> => {
  const [roadmaps, organizations] = await Promise.all([
    payload.count({ collection: COLLECTION.roadmaps, trash: true }),
    payload.count({ collection: COLLECTION.organizations, trash: true }),
  ])
  return roadmaps.totalDocs === 0 && organizations.totalDocs === 0
}
