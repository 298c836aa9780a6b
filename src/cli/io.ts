/** Where a CLI command writes; `main` passes the process streams, tests pass buffers. */
export interface Io {
  /** Writes to standard output (the text carries its own newlines). */
  out: (text: string) => void;
  /** Writes to standard error (the text carries its own newlines). */
  err: (text: string) => void;
}
