import { existsSync, readFileSync } from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

/**
 * The folder holding Lentera's package.json, found by walking up from this file. Works the
 * same from the TypeScript sources, the bundled server in dist/ and Next's server chunks,
 * where paths relative to `import.meta.url` would each point somewhere else.
 */
const findProjectRoot = (): string => {
  let current: string
  try {
    current = path.dirname(fileURLToPath(import.meta.url))
  } catch {
    return process.cwd()
  }
  while (current !== path.dirname(current)) {
    const manifest = path.join(current, 'package.json')
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'lentera') return current
      } catch {
        // not ours; keep walking
      }
    }
    current = path.dirname(current)
  }
  return process.cwd()
}

export const PROJECT_ROOT = findProjectRoot()
