/** Validates that a date does not come before the date in a sibling field. */
export const notBefore =
  ({ siblingField, message }: { siblingField: string; message: string }) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
    const earlier = siblingData?.[siblingField]
    if (!value || !earlier) return true
    const later = new Date(String(value)).getTime()
    const start = new Date(String(earlier)).getTime()
    if (Number.isNaN(later) || Number.isNaN(start)) return true
    return later >= start ? true : message
  }
