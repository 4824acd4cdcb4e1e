/**
 * The one error a docs build expects: a live run (a walkthrough, the CLI's help, the conformance
 * runner, TypeDoc) that did not do what the site needs. The build prints its message as one line
 * and exits with status 1; any other error is a defect of the builder.
 * @module
 */

/** A live run the site depends on failed; `message` says which and how, in one line. */
export class BuildFailure extends Error {
  override readonly name = 'BuildFailure';
}
