// A one-line progress report on stderr for long runs: stage, files, MB, MB/s, ETA.
// Silent when stderr is not a terminal (logs and CI stay clean) or when asked to be quiet.
//
//   const progress = createProgress({ stage: 'extract', quiet: opts.quiet });
//   progress.addTotal(files.length, totalBytes);   // what is to come, as far as known
//   progress.startFile(path);                      // each file as it is opened
//   progress.advance(bytes);                       // bytes read
//   progress.setStage('rank');                     // a new phase (keeps the counters)
//   progress.done();                               // clears the line
//
// Pass it down as `ReadOptions.progress`: readSentences() reports files and bytes itself.

export interface ProgressOptions {
  /** Label of the current phase (default 'reading'). */
  stage?: string;
  /** Never print (default false). */
  quiet?: boolean;
  /** Where to write (default process.stderr); nothing is printed unless it is a TTY, or `force` is set. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Print even when the stream is not a TTY (default false; for tests and explicit --progress). */
  force?: boolean;
  /** Minimum milliseconds between redraws (default 250). */
  intervalMs?: number;
  /** Clock in milliseconds (default performance.now; tests pass a fake). */
  now?: () => number;
}

export interface Progress {
  addTotal(files: number, bytes: number): void;
  startFile(path: string): void;
  advance(bytes: number): void;
  setStage(stage: string): void;
  /** Redraws now (otherwise at most every intervalMs). */
  render(): void;
  done(): void;
}

/** A reporter that does nothing: the default wherever progress is optional. */
export const NO_PROGRESS: Progress = {
  addTotal() {},
  startFile() {},
  advance() {},
  setStage() {},
  render() {},
  done() {},
};

const MB = 1024 * 1024;

/** `0:05`, `12:34`, `1:02:03`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ProgressState {
  stage: string;
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

/** The progress line, e.g. `extract  3/12 files  45.2/107.0 MB  12.3 MB/s  ETA 0:05`. */
export function formatProgress(p: ProgressState): string {
  const rate = p.elapsedMs > 0 ? p.bytes / MB / (p.elapsedMs / 1000) : 0;
  const parts = [p.stage];
  if (p.totalFiles > 0) parts.push(`${p.files}/${p.totalFiles} files`);
  parts.push(p.totalBytes > 0 ? `${(p.bytes / MB).toFixed(1)}/${(p.totalBytes / MB).toFixed(1)} MB` : `${(p.bytes / MB).toFixed(1)} MB`);
  parts.push(`${rate.toFixed(1)} MB/s`);
  if (p.totalBytes > 0 && rate > 0 && p.bytes <= p.totalBytes) parts.push(`ETA ${formatDuration((p.totalBytes - p.bytes) / MB / rate)}`);
  return parts.join('  ');
}

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !(options.force || stream.isTTY)) return NO_PROGRESS;
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 250;
  const started = now();
  const state: ProgressState = { stage: options.stage ?? 'reading', files: 0, totalFiles: 0, bytes: 0, totalBytes: 0, elapsedMs: 0 };
  let lastDraw = -Infinity;
  let width = 0;

  const draw = (): void => {
    lastDraw = now();
    state.elapsedMs = lastDraw - started;
    const line = formatProgress(state);
    stream.write(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  const maybeDraw = (): void => {
    if (now() - lastDraw >= interval) draw();
  };
  return {
    addTotal(files, bytes) {
      state.totalFiles += files;
      state.totalBytes += bytes;
    },
    startFile() {
      state.files++;
      maybeDraw();
    },
    advance(bytes) {
      state.bytes += bytes;
      maybeDraw();
    },
    setStage(stage) {
      state.stage = stage;
      draw();
    },
    render: draw,
    done() {
      if (width > 0) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
