import { spawn } from 'child_process'
import type { ChildProcess } from 'child_process'
import path from 'path'

import { freePort } from './testDatabase'

export type RunningServer = {
  url: string
  port: number
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
  stop: () => Promise<number | null>
}

const projectRoot = path.resolve(import.meta.dirname, '../..')

/** As `npm start` runs it: the bundled server, with lexical's production export condition and its heap ceiling. */
const SERVER_ARGUMENTS = ['--conditions=production', '--max-old-space-size=256', '--max-semi-space-size=16', '--enable-source-maps', 'dist/server.mjs']

/** Starts the real Lentera server (src/server.ts, production build) as a child process. */
export const startServer = async ({ env = {}, timeoutMs = 180_000 }: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunningServer> => {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, SERVER_ARGUMENTS, {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LENTERA_LOG_DATABASE: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  let exitDescription = ''
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      exitDescription = `exit code ${String(code)}, signal ${String(signal)}`
      resolve(code)
    }),
  )
  const url = `http://127.0.0.1:${port}`

  const deadline = Date.now() + timeoutMs
  let hasExited = false
  void exited.then(() => (hasExited = true))
  while (Date.now() < deadline && !hasExited) {
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  if (hasExited || Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`The server did not start (${exitDescription || 'timed out'}):\n${output}`)
  }
  return {
    url,
    port,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

export const waitFor = async <T>(probe: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  let value = await probe()
  while (!isDone(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await probe()
  }
  return value
}
