import { BinaryInput, STDIN, readInput, type Input } from "./io.js";
import type { CliIO } from "./context.js";
import { UsageError } from "../errors.js";

/**
 * Reads every input before anything is checked or written, so a missing or
 * unreadable file stops the run before any file changes. Binary files are
 * skipped with a warning. No path means standard input.
 */
export function readInputs(paths: string[], io: CliIO): Input[] {
  const list = paths.length ? paths : [STDIN];
  if (list.filter((path) => path === STDIN).length > 1) throw new UsageError('Standard input ("-") can be read only once.');
  const inputs: Input[] = [];
  for (const path of list) {
    try {
      inputs.push(readInput(path, io.readStdin));
    } catch (error) {
      if (!(error instanceof BinaryInput)) throw error;
      io.stderr(`mtclean: ${error.message}\n`);
    }
  }
  return inputs;
}
