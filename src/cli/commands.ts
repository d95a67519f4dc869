// The single-file commands: extract, restore, schema.
import { parseArgs } from 'node:util';
import { processFile, restoreFile } from '../pipeline.js';
import { planRecordJsonSchema } from '../extract/json-schema.js';
import { removeStaleTempsOf } from '../batch/atomic-write.js';
import { ProtectedInputs, resolveOutput, writeOutput, type OutputTarget } from '../batch/outputs.js';
import { VnplanError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { parseCommandArgs, parseDpi } from './options.js';
import { ocrEngineOf } from './ocr-engine.js';
import { readByOf } from './read-by.js';

type ParsedArgs = ReturnType<typeof parseArgs>;

function singleFile(parsed: ParsedArgs, command: string): string {
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new VnplanError('USAGE', null, `usage: vnplan ${command} FILE (see vnplan --help)`);
  if (extra.length > 0) throw new VnplanError('USAGE', null, `one FILE at a time (got ${parsed.positionals.length}); use vnplan batch for folders`);
  return file;
}

function optionalString(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}


/**
 * Where each output option goes, checked before any work: none may be the
 * input (or another name of it) or a folder, and no two may be one file.
 * Temp files a killed run left beside a target are removed here.
 */
async function outputTargets(input: string, paths: Record<string, string | undefined>): Promise<Record<string, OutputTarget | undefined>> {
  const inputs = new ProtectedInputs();
  await inputs.addFile(input);
  const targets: Record<string, OutputTarget | undefined> = {};
  const seen = new Map<string, string>();
  for (const [option, path] of Object.entries(paths)) {
    if (path === undefined) continue;
    const target = await resolveOutput(path);
    await inputs.check(target);
    if (target.kind === 'file') {
      const other = seen.get(target.real);
      if (other !== undefined) throw new VnplanError('OUTPUT_CONFLICT', path, `is given to both ${other} and ${option}`);
      seen.set(target.real, option);
      await removeStaleTempsOf(target.real);
    }
    targets[option] = target;
  }
  return targets;
}

/** Write to the target, or to stdout when no path was given. */
async function emit(target: OutputTarget | undefined, content: string): Promise<void> {
  await writeOutput(target ?? { kind: 'stdout', path: '-' }, content);
}

export async function runExtractCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    text: { type: 'string' },
    pdf: { type: 'string' },
    'no-restore': { type: 'boolean' },
    dpi: { type: 'string' },
    'ocr-engine': { type: 'string' },
    'read-by': { type: 'string' },
  });
  const file = singleFile(parsed, 'extract');
  const dpi = parseDpi(optionalString(parsed, 'dpi'));
  const readBy = readByOf(optionalString(parsed, 'read-by'));
  const targets = await outputTargets(file, {
    '-o': optionalString(parsed, 'output'),
    '--text': optionalString(parsed, 'text'),
    '--pdf': optionalString(parsed, 'pdf'),
  });
  const pdfTarget = targets['--pdf'];
  if (pdfTarget !== undefined && pdfTarget.kind !== 'file') {
    throw new VnplanError('USAGE', pdfTarget.path, '--pdf writes a file: a PDF cannot be streamed to a device or stdout');
  }
  const processed = await processFile(file, {
    restore: parsed.values['no-restore'] !== true,
    dpi,
    readBy,
    ocrEngine: await ocrEngineOf(optionalString(parsed, 'ocr-engine')),
  });
  const { record, restored } = processed;
  // The text first: a record on disk always has its sidecar text beside it.
  const textTarget = targets['--text'];
  if (textTarget !== undefined) await writeOutput(textTarget, ensureFinalNewline(restored.text));
  // the PDF writer (pdf-lib) is imported only by a run that writes a PDF
  if (pdfTarget !== undefined && !(await (await import('../searchable-pdf/index.js')).writeSearchablePdf(pdfTarget.real, file, processed))) {
    throw new VnplanError('UNSUPPORTED_FORMAT', file, 'a text file has no page images: --pdf needs a PDF or an image');
  }
  await emit(targets['-o'], `${JSON.stringify(record, null, 2)}\n`);
  return EXIT.OK;
}

export async function runRestoreCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    log: { type: 'string' },
    dpi: { type: 'string' },
    'ocr-engine': { type: 'string' },
    'read-by': { type: 'string' },
  });
  const file = singleFile(parsed, 'restore');
  const dpi = parseDpi(optionalString(parsed, 'dpi'));
  const readBy = readByOf(optionalString(parsed, 'read-by'));
  const targets = await outputTargets(file, { '-o': optionalString(parsed, 'output'), '--log': optionalString(parsed, 'log') });
  // the correction log is kept only when --log asks for it
  const { restored } = await restoreFile(file, {
    dpi,
    readBy,
    corrections: targets['--log'] !== undefined,
    ocrEngine: await ocrEngineOf(optionalString(parsed, 'ocr-engine')),
  });
  const log = targets['--log'];
  if (log !== undefined) {
    const content = { file, tokens: restored.tokens, changed: restored.changed, corrections: restored.corrections };
    await writeOutput(log, `${JSON.stringify(content, null, 2)}\n`);
  }
  await emit(targets['-o'], ensureFinalNewline(restored.text));
  return EXIT.OK;
}

export async function runSchemaCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {});
  if (parsed.positionals.length > 0) throw new VnplanError('USAGE', null, 'usage: vnplan schema');
  process.stdout.write(`${JSON.stringify(planRecordJsonSchema(), null, 2)}\n`);
  return EXIT.OK;
}

function ensureFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
