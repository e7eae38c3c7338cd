import type { NumberField } from 'payload'

type Label = { id: string; en: string }

export const isPlausibleYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2100

export const validateYear = ({
  value,
  label,
  required,
}: {
  value: unknown
  label: Label
  required: boolean
}): true | string => {
  if (value === null || value === undefined) {
    return required ? `${label.id} wajib diisi (${label.en.toLowerCase()} is required).` : true
  }
  return isPlausibleYear(value)
    ? true
    : `${label.id} harus berupa tahun antara 1990 dan 2100 (${label.en.toLowerCase()} must be a year between 1990 and 2100).`
}

export const yearField = ({
  name,
  label,
  required = false,
}: {
  name: string
  label: Label
  required?: boolean
}): NumberField => ({
  name,
  type: 'number',
  label,
  required,
  validate: (value: unknown) => validateYear({ value, label, required }),
})
