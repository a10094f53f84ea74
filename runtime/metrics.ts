/** Prometheus text exposition of counters, gauges and histograms, enough for `/metrics`. */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  /** A histogram's samples carry the suffix of their series: `_bucket`, `_sum` or `_count`. */
  samples: Array<{ suffix?: '_bucket' | '_sum' | '_count'; labels?: Record<string, string>; value: number }>;
}

/** A Prometheus histogram: how many observations fell at or under each bound, their sum and count. */
export class Histogram {
  private readonly bounds: readonly number[];
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(bounds: readonly number[]) {
    this.bounds = [...bounds].sort((a, b) => a - b);
    this.counts = this.bounds.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    this.bounds.forEach((bound, index) => {
      if (value <= bound) this.counts[index] = (this.counts[index] ?? 0) + 1;
    });
  }

  family(name: string, help: string): MetricFamily {
    return {
      name,
      help,
      type: 'histogram',
      samples: [
        ...this.bounds.map((bound, index) => ({ suffix: '_bucket' as const, labels: { le: String(bound) }, value: this.counts[index] ?? 0 })),
        { suffix: '_bucket', labels: { le: '+Inf' }, value: this.count },
        { suffix: '_sum', value: this.sum },
        { suffix: '_count', value: this.count },
      ],
    };
  }
}

export function renderMetrics(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const labels = Object.entries(sample.labels ?? {})
        .map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '_')}"`)
        .join(',');
      lines.push(`${family.name}${sample.suffix ?? ''}${labels ? `{${labels}}` : ''} ${sample.value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Parses the samples of one metric from Prometheus text, keyed by their label string. */
export function readMetric(text: string, name: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${name}(\\{[^}]*\\})? (\\S+)$`).exec(line);
    if (match) samples.set(match[1] ?? '', Number(match[2]));
  }
  return samples;
}
