/**
 * Progress roll-up for the roadmap, in one place and free of any database access:
 * milestone weights → commitment progress → intervention → focus → strategy → direction → roadmap.
 *
 * Modelled on Decidim's accountability component: a parent's progress is the mean of its
 * children's progress, and a child with nothing to measure yet does not drag its parent
 * down to zero (it is left out, and a parent with no measured children has no progress).
 */

export type MilestoneForProgress = {
  status: 'planned' | 'in-progress' | 'done' | 'missed' | null | undefined
  weight?: number | null
}

export type CommitmentForProgress = {
  status?: string | null
}

const roundToOneDecimal = (value: number): number => Math.round(value * 10) / 10

const clampPercentage = (value: number): number => Math.min(100, Math.max(0, value))

/**
 * A commitment's progress in percent: the weighted share of its milestones that are done.
 * Missed milestones stay in the denominator, so a missed deadline is never hidden.
 * Without milestones, only the commitment's own status can speak: completed is 100, anything else 0.
 */
export const computeCommitmentProgress = ({
  commitment,
  milestones,
}: {
  commitment: CommitmentForProgress
  milestones: MilestoneForProgress[]
}): number => {
  const weighted = milestones
    .map((milestone) => ({ isDone: milestone.status === 'done', weight: milestone.weight ?? 1 }))
    .filter(({ weight }) => Number.isFinite(weight) && weight > 0)

  const totalWeight = weighted.reduce((sum, { weight }) => sum + weight, 0)
  if (totalWeight === 0) {
    return commitment.status === 'completed' ? 100 : 0
  }
  const doneWeight = weighted.reduce((sum, { isDone, weight }) => (isDone ? sum + weight : sum), 0)
  return roundToOneDecimal(clampPercentage((doneWeight / totalWeight) * 100))
}

/** The mean of the children that have progress; `null` when none has. */
export const averageProgress = (childProgress: Array<number | null | undefined>): number | null => {
  const measured = childProgress.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  )
  if (measured.length === 0) {
    return null
  }
  return roundToOneDecimal(measured.reduce((sum, value) => sum + value, 0) / measured.length)
}

export type SectionNode = {
  id: number | string
  parent: number | string | null
}

export type CommitmentLeaf = {
  section: number | string
  progress: number
}

export type RoadmapProgress = {
  sectionProgress: Map<number | string, number | null>
  roadmapProgress: number | null
}

/**
 * Rolls a whole roadmap up at once: commitments feed the section they hang under, every
 * section averages its child sections and its own commitments, and the roadmap averages
 * its top-level sections. Used to recompute everything (seeding, repair); the hooks use
 * the same `averageProgress` step by step along one branch.
 */
export const rollUpRoadmap = ({
  sections,
  commitments,
}: {
  sections: SectionNode[]
  commitments: CommitmentLeaf[]
}): RoadmapProgress => {
  const childrenOf = new Map<number | string | null, SectionNode[]>()
  for (const section of sections) {
    const siblings = childrenOf.get(section.parent) ?? []
    siblings.push(section)
    childrenOf.set(section.parent, siblings)
  }
  const commitmentsOf = new Map<number | string, number[]>()
  for (const commitment of commitments) {
    const list = commitmentsOf.get(commitment.section) ?? []
    list.push(commitment.progress)
    commitmentsOf.set(commitment.section, list)
  }

  const sectionProgress = new Map<number | string, number | null>()
  const visiting = new Set<number | string>()
  const progressOf = (section: SectionNode): number | null => {
    if (sectionProgress.has(section.id)) {
      return sectionProgress.get(section.id) ?? null
    }
    if (visiting.has(section.id)) {
      throw new Error(`Roadmap sections form a cycle at section ${String(section.id)}`)
    }
    visiting.add(section.id)
    const fromChildren = (childrenOf.get(section.id) ?? []).map(progressOf)
    const fromCommitments = commitmentsOf.get(section.id) ?? []
    const progress = averageProgress([...fromChildren, ...fromCommitments])
    visiting.delete(section.id)
    sectionProgress.set(section.id, progress)
    return progress
  }

  const knownIds = new Set(sections.map((section) => section.id))
  const roots = sections.filter((section) => section.parent === null || !knownIds.has(section.parent))
  const roadmapProgress = averageProgress(roots.map(progressOf))
  for (const section of sections) {
    progressOf(section)
  }
  return { sectionProgress, roadmapProgress }
}
