import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { uniqueName } from './payload'

/** Ids as the generated types know them (Postgres serials); MongoDB's string ids pass through unchanged at runtime. */
type Id = number

/** A small published roadmap tree (direction → strategy → focus → intervention) owned by a fresh organization. */
export const createRoadmapTree = async (payload: Payload) => {
  const organization = await payload.create({
    collection: COLLECTION.organizations,
    data: { name: uniqueName('Organisasi Uji'), slug: uniqueName('org'), kind: 'ministry' },
  })
  const roadmap = await payload.create({
    collection: COLLECTION.roadmaps,
    data: {
      title: uniqueName('Peta Jalan Uji'),
      slug: uniqueName('roadmap'),
      periodStart: 2025,
      periodEnd: 2029,
      status: 'adopted',
      _status: 'published',
    },
  })
  const section = (kind: 'direction' | 'strategy' | 'focus' | 'intervention', code: string, parent: Id | null) =>
    payload.create({
      collection: COLLECTION.roadmapSections,
      data: { roadmap: roadmap.id, kind, code, parent, title: `${kind} ${code}`, _status: 'published' },
    })
  const direction = await section('direction', '1', null)
  const strategy = await section('strategy', '1.1', direction.id)
  const focus = await section('focus', '1.1.1', strategy.id)
  const intervention = await section('intervention', '1.1.1.1', focus.id)
  return { organization, roadmap, direction, strategy, focus, intervention }
}

export const createCommitment = async (
  payload: Payload,
  { organization, section, status = 'on-track', isPublished = true }: { organization: Id; section: Id; status?: string; isPublished?: boolean },
) =>
  payload.create({
    collection: COLLECTION.commitments,
    data: {
      title: uniqueName('Komitmen Uji'),
      slug: uniqueName('commitment'),
      organization,
      section,
      role: 'implementer',
      status: status as 'on-track',
      internalNotes: 'Catatan internal rahasia',
      _status: isPublished ? 'published' : 'draft',
    },
    draft: !isPublished,
  })

export const createMilestone = async (
  payload: Payload,
  { commitment, status, weight = 1, isPublished = true }: { commitment: Id; status: string; weight?: number; isPublished?: boolean },
) =>
  payload.create({
    collection: COLLECTION.milestones,
    data: {
      commitment,
      title: uniqueName('Tonggak'),
      status: status as 'done',
      weight,
      _status: isPublished ? 'published' : 'draft',
    },
    draft: !isPublished,
  })
