// The single-file commands: extract, restore, schema.
import { parseArgs } from 'node:util';
import { processFile, restoreFile } from '../pipeline.js';
import { planRecordJsonSchema } from '../extract/json-schema.js';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { VnplanError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { ocrEngineOf } from './ocr-engine.js';

type ParsedArgs = ReturnType<typeof parseArgs>;

/** parseArgs, with its TypeError turned into a usage error. */
function parseCommandArgs(argv: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>['options']): ParsedArgs {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new VnplanError('USAGE', null, error instanceof Error ? error.message : String(error));
  }
}

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

function parseDpi(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const dpi = Number(value);
  if (!Number.isInteger(dpi) || dpi < 72 || dpi > 600) {
    throw new VnplanError('USAGE', null, `--dpi takes a whole number from 72 to 600 (got "${value}")`);
  }
  return dpi;
}

/** Write to a file atomically, or to stdout when no path is given. */
async function emit(path: string | undefined, content: string): Promise<void> {
  if (path === undefined) process.stdout.write(content);
  else await writeFileAtomic(path, content);
}

export async function runExtractCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    text: { type: 'string' },
    'no-restore': { type: 'boolean' },
    dpi: { type: 'string' },
    'ocr-engine': { type: 'string' },
  });
  const file = singleFile(parsed, 'extract');
  const { record, restored } = await processFile(file, {
    restore: parsed.values['no-restore'] !== true,
    dpi: parseDpi(optionalString(parsed, 'dpi')),
    ocrEngine: await ocrEngineOf(optionalString(parsed, 'ocr-engine')),
  });
  // The text first: a record on disk always has its sidecar text beside it.
  const textPath = optionalString(parsed, 'text');
  if (textPath !== undefined) await writeFileAtomic(textPath, ensureFinalNewline(restored.text));
  await emit(optionalString(parsed, 'output'), `${JSON.stringify(record, null, 2)}\n`);
  return EXIT.OK;
}

export async function runRestoreCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    output: { type: 'string', short: 'o' },
    log: { type: 'string' },
    dpi: { type: 'string' },
    'ocr-engine': { type: 'string' },
  });
  const file = singleFile(parsed, 'restore');
  const { restored } = await restoreFile(file, {
    dpi: parseDpi(optionalString(parsed, 'dpi')),
    ocrEngine: await ocrEngineOf(optionalString(parsed, 'ocr-engine')),
  });
  const logPath = optionalString(parsed, 'log');
  if (logPath !== undefined) {
    const log = { file, tokens: restored.tokens, changed: restored.changed, corrections: restored.corrections };
    await writeFileAtomic(logPath, `${JSON.stringify(log, null, 2)}\n`);
  }
  await emit(optionalString(parsed, 'output'), ensureFinalNewline(restored.text));
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
