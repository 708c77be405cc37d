import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, type DataSource } from '../../src/lib/data/read';
import type { ReadReply, ReadRequest } from '../../src/lib/data/worker';
import { startWorker } from '../../src/lib/data/worker';
import type { DataPackage, Resource } from '../../src/lib/data/tableSchema';

const resource = { name: 'totals', path: 'totals.csv', schema: { fields: [{ name: 'process' }] } } as Resource;
const pkg = { resources: [resource] } as DataPackage;

/** A worker that answers each request with `reply(request)`, or fails to start. */
function fakeWorker(reply: (request: ReadRequest) => Omit<ReadReply, 'id'> | 'crash') {
  return class {
    onmessage: ((event: { data: ReadReply }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(request: ReadRequest) {
      const answer = reply(request);
      queueMicrotask(() => {
        if (answer === 'crash') this.onerror?.();
        else this.onmessage?.({ data: { id: request.id, ...answer } as ReadReply });
      });
    }
    terminate() {}
  };
}

const fallback = (): DataSource => ({ read: async () => ({ totals: { process: ['from this thread'] } }) });

afterEach(() => vi.unstubAllGlobals());

describe('startWorker', () => {
  it('returns the columns the worker read', async () => {
    vi.stubGlobal(
      'Worker',
      fakeWorker(() => ({ columns: { totals: { process: ['2023-2024'] } } })),
    );
    const source = startWorker(fallback);
    expect(await source.read(pkg, 'https://x.test/data/datapackage.json', [resource])).toEqual({
      totals: { process: ['2023-2024'] },
    });
  });

  it('rebuilds the worker’s error as the DataLoadError the page explains, with every issue counted', async () => {
    const issue = {
      resource: 'totals',
      row: 3,
      field: 'value',
      code: 'type',
      value: 'x',
      expected: 'integer',
      message: 'm',
    };
    vi.stubGlobal(
      'Worker',
      fakeWorker(() => ({
        error: { kind: 'invalid', file: 'totals.csv', issues: [issue], issueCount: 250, detail: null },
      })),
    );
    const error = await startWorker(fallback)
      .read(pkg, 'https://x.test/data/datapackage.json', [resource])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ kind: 'invalid', file: 'totals.csv', issues: [issue], issueCount: 250 });
  });

  it('reads in this thread when the worker cannot start, or dies before it answers', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    expect(await startWorker(fallback).read(pkg, 'u', [resource])).toEqual({
      totals: { process: ['from this thread'] },
    });
    vi.stubGlobal(
      'Worker',
      fakeWorker(() => 'crash'),
    );
    expect(await startWorker(fallback).read(pkg, 'u', [resource])).toEqual({
      totals: { process: ['from this thread'] },
    });
  });
});
