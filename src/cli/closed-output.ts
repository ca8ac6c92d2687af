// `mtclean check big.txt | head` closes the pipe before mtclean has written
// everything. Node then raises EPIPE as an unhandled 'error' event: a stack
// trace after a perfectly normal use. A reader that stopped reading wants no
// more output, so mtclean stops quietly, with the exit code the run had.

/** Makes a closed standard output or error end the process quietly. */
export function exitQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
