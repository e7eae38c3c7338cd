import { averageProgress, computeCommitmentProgress, rollUpRoadmap } from '../../src/domain/progress'

describe('computeCommitmentProgress', () => {
  it('should weight done milestones by their weight', () => {
    expect(
      computeCommitmentProgress({
        commitment: { status: 'on-track' },
        milestones: [
          { status: 'done', weight: 3 },
          { status: 'planned', weight: 1 },
        ],
      }),
    ).toBe(75)
  })

  it('should count missed milestones in the denominator so a missed deadline is never hidden', () => {
    expect(
      computeCommitmentProgress({
        commitment: { status: 'delayed' },
        milestones: [
          { status: 'done', weight: 1 },
          { status: 'missed', weight: 1 },
          { status: 'in-progress', weight: 2 },
        ],
      }),
    ).toBe(25)
  })

  it('should treat a missing weight as 1 and ignore non-positive weights', () => {
    expect(
      computeCommitmentProgress({
        commitment: { status: 'on-track' },
        milestones: [{ status: 'done' }, { status: 'planned', weight: null }, { status: 'done', weight: 0 }],
      }),
    ).toBe(50)
  })

  it('should fall back to the status when there are no milestones', () => {
    expect(computeCommitmentProgress({ commitment: { status: 'completed' }, milestones: [] })).toBe(100)
    expect(computeCommitmentProgress({ commitment: { status: 'on-track' }, milestones: [] })).toBe(0)
  })

  it('should round to one decimal', () => {
    expect(
      computeCommitmentProgress({
        commitment: { status: 'on-track' },
        milestones: [{ status: 'done' }, { status: 'planned' }, { status: 'planned' }],
      }),
    ).toBe(33.3)
  })
})

describe('averageProgress', () => {
  it('should average only measured children', () => {
    expect(averageProgress([100, null, 50, undefined])).toBe(75)
  })

  it('should return null when nothing is measured', () => {
    expect(averageProgress([])).toBeNull()
    expect(averageProgress([null])).toBeNull()
  })
})

describe('rollUpRoadmap', () => {
  const sections = [
    { id: 'direction-1', parent: null },
    { id: 'strategy-1', parent: 'direction-1' },
    { id: 'focus-1', parent: 'strategy-1' },
    { id: 'intervention-a', parent: 'focus-1' },
    { id: 'intervention-b', parent: 'focus-1' },
    { id: 'direction-2', parent: null },
    { id: 'strategy-2', parent: 'direction-2' },
  ]

  it('should roll commitments up through every level to the roadmap', () => {
    const { sectionProgress, roadmapProgress } = rollUpRoadmap({
      sections,
      commitments: [
        { section: 'intervention-a', progress: 100 },
        { section: 'intervention-a', progress: 50 },
        { section: 'intervention-b', progress: 25 },
      ],
    })
    expect(sectionProgress.get('intervention-a')).toBe(75)
    expect(sectionProgress.get('intervention-b')).toBe(25)
    expect(sectionProgress.get('focus-1')).toBe(50)
    expect(sectionProgress.get('strategy-1')).toBe(50)
    expect(sectionProgress.get('direction-1')).toBe(50)
    expect(sectionProgress.get('direction-2')).toBeNull()
    // A direction with nothing to measure yet does not pull the roadmap down to zero.
    expect(roadmapProgress).toBe(50)
  })

  it('should report a cycle instead of looping forever', () => {
    expect(() =>
      rollUpRoadmap({
        sections: [
          { id: 'a', parent: 'b' },
          { id: 'b', parent: 'a' },
          { id: 'root', parent: null },
          { id: 'c', parent: 'root' },
        ],
        commitments: [],
      }),
    ).toThrow(/cycle/)
  })
})
