export default async function globalTeardown() {
  await globalThis.__LENTERA_DISPOSE_DATABASE__?.()
}
