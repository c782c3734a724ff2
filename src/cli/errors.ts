/**
 * A file the command line could not read, with a message for the worker that says why and what
 * to do. The other files on the command line are still checked.
 */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableFileError";
  }
}
