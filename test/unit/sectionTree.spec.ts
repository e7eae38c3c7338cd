import { checkSectionPlacement, findYearsOutsidePeriod } from '../../src/domain/sectionTree'

describe('checkSectionPlacement', () => {
  it('should accept each kind under the kind above it', () => {
    expect(checkSectionPlacement({ kind: 'direction', parent: null })).toBe(true)
    expect(checkSectionPlacement({ kind: 'strategy', parent: { kind: 'direction' } })).toBe(true)
    expect(checkSectionPlacement({ kind: 'focus', parent: { kind: 'strategy' } })).toBe(true)
    expect(checkSectionPlacement({ kind: 'intervention', parent: { kind: 'focus' } })).toBe(true)
  })

  it('should explain what is wrong when a level is skipped', () => {
    const result = checkSectionPlacement({ kind: 'intervention', parent: { kind: 'strategy', code: '1.2' } })
    expect(result).toContain('Intervensi Kunci harus berada di bawah Fokus Strategi')
    expect(result).toContain('section 1.2 is a strategy')
  })

  it('should refuse a direction with a parent and a strategy without one', () => {
    expect(checkSectionPlacement({ kind: 'direction', parent: { kind: 'direction' } })).toMatch(/tingkat teratas/)
    expect(checkSectionPlacement({ kind: 'strategy', parent: null })).toMatch(/harus berada di bawah Arah Kebijakan/)
  })
})

describe('findYearsOutsidePeriod', () => {
  it('should list the years outside the period, inclusive bounds', () => {
    expect(findYearsOutsidePeriod({ years: [2024, 2025, 2029, 2030], periodStart: 2025, periodEnd: 2029 })).toEqual([2024, 2030])
  })
})
