// Figures, targets and how they are shown: the terminal table, the progress line and the JSON file.

export type Comparison = '>=' | '<=' | '<';

export interface Target {
  op: Comparison;
  value: number;
}

export interface Figure {
  /** Stable key, e.g. "matcher.throughput.10000" (compare runs over time by key). */
  key: string;
  section: string;
  label: string;
  value: number;
  unit: string;
  target?: Target;
  /** true/false against the target; null when the figure has no target (context, baselines). */
  pass: boolean | null;
  /** How noisy or how it was obtained, e.g. "median of 5, spread ±4%". */
  note?: string;
}

export function judge(value: number, target?: Target): boolean | null {
  if (!target) return null;
  if (!Number.isFinite(value)) return false;
  if (target.op === '>=') return value >= target.value;
  if (target.op === '<=') return value <= target.value;
  return value < target.value;
}

export class Results {
  readonly figures: Figure[] = [];
  readonly errors: string[] = [];

  add(figure: Omit<Figure, 'pass'>): Figure {
    const full = { ...figure, pass: judge(figure.value, figure.target) };
    this.figures.push(full);
    return full;
  }
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

export function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const op = target.op === '>=' ? '≥' : target.op === '<=' ? '≤' : '<';
  return `${op} ${formatValue(target.value, unit)}`;
}

/** A plain-text table, one section after another; also valid Markdown. */
export function renderTable(results: Results): string {
  const rows: string[][] = [['figure', 'value', 'target', '', 'note']];
  let section = '';
  for (const figure of results.figures) {
    if (figure.section !== section) {
      section = figure.section;
      rows.push([`**${section}**`, '', '', '', '']);
    }
    const verdict = figure.pass === null ? '' : figure.pass ? 'pass' : 'MISS';
    rows.push([
      figure.label,
      formatValue(figure.value, figure.unit),
      formatTarget(figure.target, figure.unit),
      verdict,
      figure.note ?? '',
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const separator = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const out = [line(rows[0]!), separator, ...rows.slice(1).map(line)];
  const judged = results.figures.filter((figure) => figure.pass !== null);
  const missed = judged.filter((figure) => !figure.pass);
  out.push(
    '',
    `${judged.length - missed.length} of ${judged.length} targets met${missed.length ? `; missed: ${missed.map((figure) => figure.key).join(', ')}` : ''}.`,
  );
  for (const error of results.errors) out.push(`error: ${error}`);
  return out.join('\n');
}

/** One status line on a terminal (rewritten in place), plain lines otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastLength = 0;
  return {
    update(message: string): void {
      const text = `[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`;
      if (stream.isTTY) {
        stream.write(`\r${text.padEnd(lastLength)}`);
        lastLength = text.length;
      } else {
        stream.write(`${text}\n`);
      }
    },
    done(): void {
      if (stream.isTTY && lastLength) stream.write(`\r${' '.repeat(lastLength)}\r`);
      lastLength = 0;
    },
  };
}
export type Progress = ReturnType<typeof createProgress>;

/** Median and relative spread ((max − min) / 2 / median) of repeated timings. */
export function summarise(samples: readonly number[]): { median: number; spread: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const spread = median > 0 ? (sorted[sorted.length - 1]! - sorted[0]!) / 2 / median : 0;
  return { median, spread };
}
