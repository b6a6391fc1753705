/**
 * docs/benchmarks.svg: a panel per corpus, each with its own axis; one horizontal bar per scenario (its
 * median), a whisker from its fastest to its slowest repetition, and the median written at the bar's
 * end. Plain SVG, no dependencies.
 */
import type { ScenarioResult } from './results.js'

const labelWidth = 230
const plotWidth = 440
const rightMargin = 70
const barHeight = 22
const rowGap = 14
const top = 34
const axisHeight = 34
const palette = ['#2f6fb0', '#d0743c', '#4c9a52', '#8e5ba8', '#b8a23a', '#5a9bb0']

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A round axis end and tick step (1, 2 or 5 times a power of ten) covering `max` in about five ticks. */
export function axisScale(max: number): { end: number; step: number } {
  const rough = Math.max(max, 1e-9) / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map(f => f * power).find(candidate => candidate >= rough) ?? 10 * power
  return { end: Math.ceil(max / step) * step, step }
}

export interface Panel {
  title: string
  scenarios: readonly ScenarioResult[]
}

const panelGap = 24

/** One panel's SVG elements, starting at `offset` from the top; returns them and the panel's height. */
function renderPanel(panel: Panel, offset: number): { elements: string[]; height: number } {
  const { scenarios } = panel
  const { end, step } = axisScale(Math.max(...scenarios.map(scenario => scenario.seconds.max)))
  const x = (seconds: number): number => labelWidth + (seconds / end) * plotWidth
  const plotTop = offset + top
  const plotBottom = plotTop + scenarios.length * (barHeight + rowGap)
  const rows = scenarios.map((scenario, i) => {
    const y = plotTop + i * (barHeight + rowGap)
    const middle = y + barHeight / 2
    const { median, min, max } = scenario.seconds
    const color = palette[i % palette.length] ?? '#888'
    const label = median < 10 ? median.toFixed(2) : median.toFixed(1)
    return [
      `<text x="${labelWidth - 8}" y="${middle + 4}" text-anchor="end">${escapeXml(scenario.name)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${(x(median) - labelWidth).toFixed(1)}" height="${barHeight}" fill="${color}"/>`,
      `<path d="M${x(min).toFixed(1)} ${middle}H${x(max).toFixed(1)}` +
        `M${x(min).toFixed(1)} ${y + 5}V${y + barHeight - 5}M${x(max).toFixed(1)} ${y + 5}V${y + barHeight - 5}" ` +
        `stroke="#222" stroke-width="1.5" fill="none"/>`,
      `<text x="${(x(max) + 6).toFixed(1)}" y="${middle + 4}">${label} s</text>`
    ].join('\n  ')
  })
  const ticks: string[] = []
  for (let tick = 0; tick <= end + step / 2; tick += step) {
    const tx = x(tick).toFixed(1)
    ticks.push(
      `<line x1="${tx}" y1="${plotTop - 6}" x2="${tx}" y2="${plotBottom}" stroke="#ddd"/>`,
      `<text x="${tx}" y="${plotBottom + 16}" text-anchor="middle">${Number(tick.toPrecision(6))}</text>`
    )
  }
  const elements = [
    `<text x="${labelWidth}" y="${offset + 18}" font-weight="bold">${escapeXml(panel.title)}</text>`,
    ...ticks,
    ...rows,
    `<text x="${labelWidth + plotWidth / 2}" y="${plotBottom + 30}" text-anchor="middle">` +
      `seconds (bar: median; whisker: min to max)</text>`
  ]
  return { elements, height: plotBottom + axisHeight - offset }
}

export function renderChart(panels: readonly Panel[]): string {
  const width = labelWidth + plotWidth + rightMargin
  const elements: string[] = []
  let height = 0
  for (const panel of panels) {
    const rendered = renderPanel(panel, height)
    elements.push(...rendered.elements)
    height += rendered.height + panelGap
  }
  height -= panelGap
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...elements,
    `</svg>`,
    ''
  ].join('\n')
}
