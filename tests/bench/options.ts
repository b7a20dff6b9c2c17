/** Command-line options of `npm run bench`. */
export const SECTIONS = ['size', 'cold', 'language', 'step', 'loops', 'month'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  runs: number;
  loopSeconds: number;
  monthScale: number;
  sections: Section[];
  out: string;
  quick: boolean;
}

export const USAGE = `npm run bench -- [options]
  --quick              3 runs, 5 s per loop, a tenth of the month (to try the harness; not for the README)
  --runs N             runs per timing (default 10)
  --loop-seconds S     seconds each video loop is watched (default 30)
  --month-scale F      fraction of the month of use (default 1)
  --only a,b           sections: ${SECTIONS.join(', ')}
  --out FILE           results file (default bench-results.json)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    runs: 10,
    loopSeconds: 30,
    monthScale: 1,
    sections: [...SECTIONS],
    out: 'bench-results.json',
    quick: false,
  };
  const number = (flag: string, value: string | undefined, min: number): number => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min)
      throw new Error(`${flag} needs a number of at least ${min}`);
    return parsed;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--quick':
        Object.assign(options, { quick: true, runs: 3, loopSeconds: 5, monthScale: 0.1 });
        break;
      case '--runs':
        options.runs = Math.round(number(flag, value, 1));
        i++;
        break;
      case '--loop-seconds':
        options.loopSeconds = number(flag, value, 1);
        i++;
        break;
      case '--month-scale':
        options.monthScale = number(flag, value, 0.001);
        i++;
        break;
      case '--only': {
        const wanted = (value ?? '').split(',').filter(Boolean);
        const unknown = wanted.filter((name) => !(SECTIONS as readonly string[]).includes(name));
        if (wanted.length === 0 || unknown.length > 0)
          throw new Error(`--only takes ${SECTIONS.join(', ')}`);
        options.sections = wanted as Section[];
        i++;
        break;
      }
      case '--out':
        if (!value) throw new Error('--out needs a file name');
        options.out = value;
        i++;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}
