/**
 * The data worker: reads and checks the package's files off the page's main
 * thread (the page stays responsive while 10,000 rows are parsed and
 * validated) and answers with their typed columns, or with the error the
 * page shows. It keeps the files it read, for the foreign keys of later ones.
 */
import { DataLoadError, inThread } from './read';
import type { ReadReply, ReadRequest } from './worker';

const source = inThread((input, init) => fetch(input, init));

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, pkg, packageUrl, names } = event.data;
  let reply: ReadReply;
  try {
    const resources = pkg.resources.filter((r) => names.includes(r.name));
    reply = { id, columns: await source.read(pkg, packageUrl, resources) };
  } catch (error) {
    reply =
      error instanceof DataLoadError
        ? {
            id,
            error: {
              kind: error.kind,
              file: error.file,
              issues: error.issues,
              issueCount: error.issueCount,
              detail: error.detail,
            },
          }
        : { id, error: { kind: 'network', file: names.join(', '), issues: [], issueCount: 0, detail: String(error) } };
  }
  self.postMessage(reply);
};
