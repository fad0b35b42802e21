import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, formatProgress, NO_PROGRESS } from '../../src/io/progress.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WritableStream & { isTTY: boolean }; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { stream, written };
}

describe('progress', () => {
  it('formats stage, files, MB, MB/s and ETA', () => {
    const MB = 1024 * 1024;
    expect(formatProgress({ stage: 'extract', files: 3, totalFiles: 12, bytes: 20 * MB, totalBytes: 100 * MB, elapsedMs: 2000 })).toBe(
      'extract  3/12 files  20.0/100.0 MB  10.0 MB/s  ETA 0:08',
    );
    expect(formatProgress({ stage: 'reading', files: 1, totalFiles: 0, bytes: 5 * MB, totalBytes: 0, elapsedMs: 1000 })).toBe('reading  5.0 MB  5.0 MB/s');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('draws on a terminal, at most once per interval, and clears the line when done', () => {
    const { stream, written } = fakeStream(true);
    let t = 0;
    const p = createProgress({ stage: 'count', stream, now: () => t, intervalMs: 100 });
    p.addTotal(2, 2 * 1024 * 1024);
    t = 1000;
    p.startFile('a.txt');
    p.advance(1024 * 1024);
    t = 1050;
    p.advance(512 * 1024);
    expect(written).toEqual(['\rcount  1/2 files  0.0/2.0 MB  0.0 MB/s']);
    t = 2000;
    p.advance(512 * 1024);
    expect(written[1]).toBe('\rcount  1/2 files  2.0/2.0 MB  1.0 MB/s  ETA 0:00');
    p.done();
    expect(written[2]).toMatch(/^\r +\r$/);
  });

  it('is silent when the stream is not a terminal, or when quiet', () => {
    expect(createProgress({ stream: fakeStream(false).stream })).toBe(NO_PROGRESS);
    expect(createProgress({ stream: fakeStream(true).stream, quiet: true })).toBe(NO_PROGRESS);
  });
});
