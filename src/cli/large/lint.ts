import { closeSync, openSync, unlinkSync, writeSync } from "node:fs";
import type { Hash } from "node:crypto";
import { encode, type Encoding } from "../../input/encoding.js";
import { decodedPieces, newDigest } from "../../input/stream-decode.js";
import { EditSequence, fixOrder, isApplicable } from "../../fix/apply.js";
import { runPasses } from "../../fix/passes.js";
import type { Linter } from "../../linter.js";
import { TextTape } from "../../markup/text-stream.js";
import type { Finding } from "../../types.js";
import { checkedRuns } from "./runs.js";
import type { LargeFile } from "./survey.js";
import { TextFacts } from "./text-facts.js";

// check and fix of a large file (survey.ts) without ever holding its text:
// the file is decoded a chunk at a time and checked run by run; fix applies
// each pass's edits as the runs come and streams the new text into a file of
// its own, which the next pass reads. The passes, their stop and their
// results are Linter.fix's (both run fix/passes.ts); two texts are told apart by a digest of
// their bytes (their encoding gives equal bytes only for equal texts, and a
// text that may hold a surrogate, one that might not come back as it was
// written, is not streamed: see TextFacts).

/** The findings check() would give for the file's text. Throws NotStreamable when the file no longer decodes. */
export function checkLarge(linter: Linter, file: LargeFile): Finding[] {
  const tape = new TextTape(decodedPieces(file.path, file.encoding, file.chunkBytes));
  const findings: Finding[] = [];
  for (const run of checkedRuns(linter, tape)) for (const finding of run.findings) findings.push(finding);
  return findings;
}

export interface LargeFixResult {
  /** the file holding the fixed text, made by `newFile`; undefined when it is the input's text unchanged */
  output?: string;
  fixed: Finding[];
  remaining: Finding[];
  passes: number;
  converged: boolean;
}

/** A new empty file for a pass's output: its path and an open descriptor. */
export type NewFile = () => { path: string; fd: number };

/**
 * Linter.fix of the file's text, a pass at a time from file to file.
 * Undefined when a pass's output cannot be checked as a large file (it
 * holds a char that may be Han, a directive, or is short):
 * then the file is fixed whole instead. No file it made is left behind but
 * the output it returns.
 */
export function fixLarge(linter: Linter, file: LargeFile, unsafe: boolean, newFile: NewFile): LargeFixResult | undefined {
  const made: string[] = [];
  let result: LargeFixResult | undefined;
  try {
    result = passes(linter, file, unsafe, newFile, made);
  } finally {
    for (const path of made) if (path !== result?.output) removeQuietly(path);
  }
  return result;
}

function passes(linter: Linter, original: LargeFile, unsafe: boolean, newFile: NewFile, made: string[]): LargeFixResult | undefined {
  const firstDigest = newDigest();
  let firstKey: string | undefined;
  const keys = new Map<string, string>();
  const result = runPasses(original, unsafe, {
    pass: (current, number) => {
      const { path, fd } = newFile();
      made.push(path);
      const writer = new PassWriter(fd, current.encoding);
      let outcome: { findings: Finding[]; applied: Finding[] };
      try {
        outcome = fixPass(linter, current, unsafe, writer, number === 1 ? firstDigest : undefined);
      } finally {
        writer.close();
      }
      // an output holding a char that may be Han, or a directive a linter reads, is fixed whole instead
      const streamable = linter.checksInRuns(writer.facts.length, writer.facts.mayHaveHan) && !(linter.readsDirectives && writer.facts.directive);
      const outputKey = writer.digest.digest("hex");
      keys.set(path, outputKey);
      return { ...outcome, output: streamable ? { ...current, path } : undefined, outputKey };
    },
    check: (current) => checkLarge(linter, current),
    firstKey: () => (firstKey ??= firstDigest.digest("hex")),
  });
  if (!result) return undefined;
  // the original text, whether unchanged or given back by fixes that undo each other, is no new file
  const unchanged = result.output === original || keys.get(result.output.path) === firstKey;
  return { ...result, output: unchanged ? undefined : result.output.path };
}

/**
 * One pass: the findings of the text and, as they come, its fixes applied
 * (in applyFixes' order and with its overlap rule) into `writer`. A run's
 * fixes that start before its end are applied once it is checked; the rest
 * wait for the next run, whose own fixes start at its start or later.
 */
function fixPass(linter: Linter, file: LargeFile, unsafe: boolean, writer: PassWriter, hash: Hash | undefined): { findings: Finding[]; applied: Finding[] } {
  const tape = new TextTape(decodedPieces(file.path, file.encoding, file.chunkBytes, hash));
  const findings: Finding[] = [];
  const applied: Finding[] = [];
  const edits = new EditSequence();
  let waiting: Finding[] = [];
  let position = 0;
  tape.floor = () => position;
  const copyTo = (offset: number): void => {
    if (offset <= position) return;
    writer.write(tape.slice(position, offset));
    position = offset;
  };
  const applyBefore = (limit: number): void => {
    waiting.sort(fixOrder);
    let next = 0;
    for (; next < waiting.length && waiting[next]!.fix!.range[0] < limit; next++) {
      const finding = waiting[next]!;
      const { range, replacements } = finding.fix!;
      if (!edits.accept(range)) continue;
      copyTo(range[0]);
      writer.write(replacements[0]!);
      position = range[1];
      applied.push(finding);
    }
    waiting = waiting.slice(next);
    copyTo(Math.min(limit, waiting[0]?.fix!.range[0] ?? limit, tape.end));
  };
  for (const run of checkedRuns(linter, tape)) {
    for (const finding of run.findings) {
      findings.push(finding);
      if (isApplicable(finding, unsafe)) waiting.push(finding);
    }
    applyBefore(run.end);
  }
  // the blocks were read to the end of the text: what is left is copied after the last fixes
  applyBefore(Infinity);
  return { findings, applied };
}

/** A pass's output: encoded as the input was, its digest and its facts kept as it is written. */
class PassWriter {
  readonly facts = new TextFacts();
  readonly digest = newDigest();
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly fd: number,
    private readonly encoding: Encoding,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 19) this.flush(false);
  }

  private flush(last: boolean): void {
    let text = this.parts.join("");
    this.parts = [];
    // a high surrogate at the end waits for its low half (encoders and TextFacts take whole pairs)
    const tail = text.charCodeAt(text.length - 1);
    if (!last && tail >= 0xd800 && tail <= 0xdbff) {
      this.parts.push(text.slice(-1));
      text = text.slice(0, -1);
    }
    this.size = this.parts[0]?.length ?? 0;
    if (!text) return;
    this.facts.add(text);
    const bytes = encode(text, this.encoding);
    this.digest.update(bytes);
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written, bytes.length - written);
  }

  close(): void {
    try {
      this.flush(true);
    } finally {
      closeSync(this.fd);
    }
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** A NewFile in `dir` (or beside a target file) with the given name maker. */
export function newFileAt(pathOf: () => string): NewFile {
  return () => {
    const path = pathOf();
    return { path, fd: openSync(path, "wx", 0o600) };
  };
}
