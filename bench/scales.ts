/**
 * The scales one benchmark run measures: 1×, then every power of ten below the target that
 * divides it, then the target. Each step multiplies the data of the one before
 * (bench/multiplyDataset.ts), so every step must be a whole multiple of the last.
 */
export const scaleSteps = (target: number): number[] => {
  if (!Number.isInteger(target) || target < 1) throw new Error(`--scale must be a whole number of at least 1, not ${String(target)}.`)
  const steps = [1]
  for (let step = 10; step < target; step *= 10) if (target % step === 0) steps.push(step)
  if (target > 1) steps.push(target)
  return steps
}
