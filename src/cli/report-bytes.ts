/** The first chunk's size; each next chunk is twice the last (or the text's worst case, if larger). */
const FIRST_CHUNK = 256 * 1024;

/**
 * A report made a file at a time (see checkStreamed), kept as UTF-8 bytes
 * outside V8's heap. Kept as one string, it was megabytes that every garbage
 * collection of the run copied again, and the last of them turned it into a
 * buffer to write it: of a 500-file site's 1.4 MB report, about a quarter of
 * the run's minor page faults and 40 ms of CPU. Bytes are written only as
 * text comes in, so a chunk's unused end is never touched.
 */
export class ReportBytes {
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafeSlow(FIRST_CHUNK);
  private used = 0;

  add(text: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
    if (text.length * 3 > this.chunk.length - this.used) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafeSlow(Math.max(this.chunk.length * 2, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }

  /** The report so far, in order, as the chunks that hold it. */
  chunks(): Buffer[] {
    return [...this.full, this.chunk.subarray(0, this.used)].filter((chunk) => chunk.length > 0);
  }
}
