/**
 * The page's side of the data worker (read.worker.ts): each read is a
 * message, each answer typed columns or a DataLoadError rebuilt with the same
 * kind, file and issues, so the page explains a broken file exactly as
 * before. If the worker cannot start or dies, the reads go to the fallback
 * source in this thread: slower, never lost.
 */
import { DataLoadError, type Columns, type DataLoadErrorKind, type DataSource } from './read';
import type { DataPackage, ValidationIssue } from './tableSchema';

export interface ReadRequest {
  id: number;
  pkg: DataPackage;
  packageUrl: string;
  names: string[];
}

export type ReadReply =
  | { id: number; columns: Record<string, Columns> }
  | {
      id: number;
      error: {
        kind: DataLoadErrorKind;
        file: string;
        issues: ValidationIssue[];
        issueCount: number;
        detail: string | null;
      };
    };

export function startWorker(fallback: () => DataSource): DataSource {
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  let local: DataSource | null = null;
  const inThread = () => (local ??= fallback());
  const pending = new Map<
    number,
    { request: ReadRequest; resolve: (c: Record<string, Columns>) => void; reject: (e: unknown) => void }
  >();
  let next = 0;

  const giveUp = () => {
    worker?.terminate();
    worker = null;
    // What the worker had not answered is read here instead, against the same package.
    for (const { request, resolve, reject } of pending.values()) {
      const resources = request.pkg.resources.filter((r) => request.names.includes(r.name));
      inThread().read(request.pkg, request.packageUrl, resources).then(resolve, reject);
    }
    pending.clear();
  };

  if (worker) {
    worker.onerror = giveUp;
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if ('columns' in data) waiting.resolve(data.columns);
      else {
        const { kind, file, issues, issueCount, detail } = data.error;
        waiting.reject(new DataLoadError(kind, file, { issues, issueCount, detail }));
      }
    };
  }

  return {
    read(pkg, packageUrl, resources) {
      if (!worker || local) return inThread().read(pkg, packageUrl, resources);
      const request: ReadRequest = { id: next++, pkg, packageUrl, names: resources.map((r) => r.name) };
      return new Promise((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        worker?.postMessage(request);
      });
    },
  };
}
