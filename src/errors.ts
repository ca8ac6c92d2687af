// Every failure the user can cause has its own class and exit code, so that the
// CLI can print one plain sentence instead of a stack trace.

export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  usage: 3,
  dictionary: 4,
  encoding: 5,
  config: 6,
  /** Ctrl-C in `fix --interactive` (128 + SIGINT, as shells report it) */
  interrupted: 130,
  internal: 70,
} as const;

export class MtcleanError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Why a file could not be opened or read, in words a user understands (from the error's code). */
export function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EISDIR":
      return "it is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop?)";
    default:
      return error.message;
  }
}

/** A file that cannot be read: missing, a directory, no permission. */
export class InputError extends MtcleanError {
  constructor(message: string) {
    super(message, EXIT.input);
  }
}

export class UsageError extends MtcleanError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

export class EncodingError extends MtcleanError {
  constructor(message: string) {
    super(message, EXIT.encoding);
  }
}

/** A broken dictionary entry: names the file, the line and the entry. */
export class DictionaryError extends MtcleanError {
  constructor(
    readonly file: string,
    /** undefined when the file could not be read at all */
    readonly line: number | undefined,
    readonly entryId: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${entryId ? `entry "${entryId}": ` : ""}${reason}`, EXIT.dictionary);
  }
}

/** A broken configuration file: names the file and, when known, the line. */
export class ConfigError extends MtcleanError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`, EXIT.config);
  }
}

/** A broken glossary (TSV or CSV): names the file and the line. Same exit code as a broken dictionary. */
export class GlossaryError extends MtcleanError {
  constructor(
    readonly file: string,
    /** undefined when the file could not be read at all */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`, EXIT.dictionary);
  }
}
