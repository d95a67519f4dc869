// The thread that reads a PDF's text layers for TextLayerReader (pdf-text.ts):
// the document opened once, then one page per message, each answered with
// its raw layer text or the reason it could not be read.
import { parentPort, workerData } from 'node:worker_threads';
import { VnplanError } from '../errors.js';
import { loadPage, openPdf } from './pdf.js';
import { pageLayerText, type TextWorkerData, type TextWorkerReply } from './pdf-text.js';

const { bytes, file, maxChars } = workerData as TextWorkerData;
const port = parentPort!;
// the pages and pixels were checked by the thread that sent the document, which sent its own copy of it
const opened = openPdf(bytes, file, { maxPages: Infinity, maxPixels: Infinity }, true);
// an error opening it is the reply to the first page
opened.then(
  () => port.postMessage('ready'),
  () => port.postMessage('ready'),
);

port.on('message', (pageNumber: number) => {
  void (async () => {
    let reply: TextWorkerReply;
    try {
      const page = await loadPage(await opened, pageNumber, file);
      reply = { pageNumber, text: await pageLayerText(page, file, maxChars) };
      page.cleanup();
    } catch (error) {
      const known = error instanceof VnplanError ? error : new VnplanError('CORRUPT_PDF', file, `the page cannot be read (${error instanceof Error ? error.message : String(error)})`, pageNumber);
      reply = { pageNumber, error: { code: known.code, reason: known.reason } };
    }
    port.postMessage(reply);
  })();
});
