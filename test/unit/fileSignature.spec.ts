import { detectAcceptedMimeType } from '../../src/domain/fileSignature'

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? Array.from(value, (c) => c.charCodeAt(0)) : [value])))

describe('detectAcceptedMimeType', () => {
  it('should recognise the four accepted formats by their first bytes', () => {
    expect(detectAcceptedMimeType(bytes('%PDF-1.7\n'))).toBe('application/pdf')
    expect(detectAcceptedMimeType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png')
    expect(detectAcceptedMimeType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(detectAcceptedMimeType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp')
  })

  it('should refuse a disguised or unknown file', () => {
    expect(detectAcceptedMimeType(bytes('<script>alert(1)</script>'))).toBeNull()
    expect(detectAcceptedMimeType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull()
    expect(detectAcceptedMimeType(bytes('%PD'))).toBeNull()
    expect(detectAcceptedMimeType(new Uint8Array())).toBeNull()
  })
})
