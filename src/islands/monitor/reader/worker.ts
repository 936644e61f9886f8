import type { Reply, Request } from './protocol';
import { readFiles, readSample } from './read-files';

// The monitor's Web Worker: reads the chosen files away from the page, so the page stays responsive and
// shows its progress bar while thousands of files are read. Nothing here talks to the network: files come
// in as File objects from the page and go back as data.
// The worker's own global, typed by hand: the DOM and web-worker type libraries cannot both be loaded.
const scope = self as unknown as { postMessage(message: Reply): void; onmessage: ((event: MessageEvent<Request>) => void) | null };
const reply = (message: Reply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  const progress = (done: number, total: number) => reply({ type: 'progress', id: request.id, done, total });
  const outcomes = request.type === 'files' ? await readFiles(request.files, request.checklist, progress) : readSample(request.text, request.checklist, progress);
  reply({ type: 'done', id: request.id, outcomes });
};
