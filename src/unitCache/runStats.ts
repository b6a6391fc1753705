/**
 * This run's counters, written to the sketch store while the run goes (every second, and once at
 * the end), so that a run killed halfway still leaves what it did in `fbuild-action stats`. Each
 * write is a delta file (store/stats.ts); a store whose writing is off just stops receiving them.
 * The stores' usage records (store/usage.ts) are flushed at the same moments.
 */
import { countersSince, emptyCounters, StatsRecorder, type StatCounters } from '../store/index.js'
import { runCounters, type OpenStores } from './open.js'

type SketchCounts = Parameters<typeof runCounters>[0][number]

const FLUSH_EVERY_MS = 1000

export class RunStatistics {
  private readonly recorder: StatsRecorder
  private readonly sketches: SketchCounts[] = []
  private recorded = emptyCounters()
  private writing: Promise<void> = Promise.resolve()
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly stores: OpenStores,
    /** The run's process counts and stored bytes, read at each write. */
    private readonly progress: () => { processes: Record<string, number>; bytesStored: number }
  ) {
    this.recorder = new StatsRecorder(stores.sketches.root, stores.runId)
    this.timer = setInterval(() => void this.write(), FLUSH_EVERY_MS)
    this.timer.unref()
  }

  sketchDone(sketch: SketchCounts): void {
    this.sketches.push(sketch)
  }

  /** The whole run's counters so far. */
  counters(): StatCounters {
    const { processes, bytesStored } = this.progress()
    return runCounters(this.sketches, processes, bytesStored)
  }

  /** Writes what remains and stops. */
  async finish(): Promise<StatCounters> {
    clearInterval(this.timer)
    await this.write()
    return this.counters()
  }

  /** The uses both stores noted, and one delta file with what was counted since the last one; writes never overlap. */
  private write(): Promise<void> {
    this.writing = this.writing.then(async () => {
      await Promise.all([this.stores.objects.flush(), this.stores.sketches.flush()])
      const now = this.counters()
      if (JSON.stringify(now) === JSON.stringify(this.recorded)) return
      this.recorder.add(countersSince(now, this.recorded))
      this.recorded = now
      await this.stores.sketches.health.write(() => this.recorder.flush())
    })
    return this.writing
  }
}
