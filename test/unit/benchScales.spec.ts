import { scaleSteps } from '../../bench/scales'

describe('scaleSteps', () => {
  it('should measure 1× first, then each power of ten on the way to the target', () => {
    expect(scaleSteps(1)).toEqual([1])
    expect(scaleSteps(10)).toEqual([1, 10])
    expect(scaleSteps(100)).toEqual([1, 10, 100])
    expect(scaleSteps(50)).toEqual([1, 10, 50])
  })

  it('should only take steps the data can be multiplied by', () => {
    expect(scaleSteps(15)).toEqual([1, 15])
    expect(scaleSteps(250)).toEqual([1, 10, 250])
  })

  it('should refuse a scale that is not a whole number of at least 1', () => {
    expect(() => scaleSteps(0)).toThrow('--scale')
    expect(() => scaleSteps(2.5)).toThrow('whole number')
    expect(() => scaleSteps(Number('banyak'))).toThrow('whole number')
  })
})
