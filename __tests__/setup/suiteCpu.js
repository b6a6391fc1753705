/**
 * With FBUILD_TEST_CPU_LOG=FILE, each suite appends one JSON line to FILE: its CPU seconds (the jest
 * worker's and every process it started and reaped: compilers, arduino-builder, the CLI) and its wall
 * seconds. CPU says what a suite costs (it hardly changes with the machine's load); wall says how
 * long it holds a worker, which sequencer.js's MEASURED_SECONDS come from. Linux only (/proc); a
 * no-op without the variable.
 */
/* global beforeAll, afterAll, expect */
import { appendFileSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const logFile = process.env.FBUILD_TEST_CPU_LOG

/** utime + stime + cutime + cstime of this process, in seconds (clock ticks of 1/100 s). */
function cpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100
}

if (logFile !== undefined) {
  let cpuAtStart = 0
  let wallAtStart = 0
  beforeAll(() => {
    cpuAtStart = cpuSeconds()
    wallAtStart = performance.now()
  })
  afterAll(() => {
    const line = {
      suite: expect.getState().testPath,
      cpu: Number((cpuSeconds() - cpuAtStart).toFixed(2)),
      wall: Number(((performance.now() - wallAtStart) / 1000).toFixed(2))
    }
    appendFileSync(logFile, `${JSON.stringify(line)}\n`)
  })
}
