/**
 * One error class per condition. Core throws these; the function adapter turns them into
 * Excel errors. Each carries its Excel code and renders its message in either language
 * (the words themselves live in messages.ts).
 */
import type { Language } from "./i18n";
import * as messages from "./messages";
import type { ArgumentName, Category, Subject } from "./messages";

/** Where a word stands in a query: which of its texts (cells), and UTF-16 offsets in that text. */
export interface QuerySpan {
  text: number;
  start: number;
  end: number;
}

/**
 * A query error is an answer for the user (an unknown name, a field that does not exist), not a
 * fault to debug: it is made without a stack trace. A range of 1,000 unknown names makes 1,000 of
 * them, and capturing their stacks was about a fifth of that call. The limit is restored as soon
 * as the Error constructor returns.
 */
let stackLimit = Error.stackTraceLimit;
function stackless(message: string): string {
  stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  return message;
}

/** The two Excel error codes that can carry a message. */
export type ErrorCode = "#VALUE!" | "#N/A";

export abstract class QueryError extends Error {
  abstract readonly code: ErrorCode;

  protected constructor(private readonly render: (language: Language) => string) {
    super(stackless(render("en")));
    Error.stackTraceLimit = stackLimit;
    this.name = new.target.name;
  }

  /** The message in the user's language. */
  describe(language: Language): string {
    return this.render(language);
  }
}

/**
 * A name in query, level, kind or fields that matches nothing: #VALUE! with suggestions. In a
 * query, `at` says where the word stands, so the pane can offer each suggestion as a button that
 * replaces it (`choices` gives the texts the message shows).
 */
export class UnknownNameError extends QueryError {
  readonly code = "#VALUE!";

  constructor(
    readonly term: string,
    readonly category: Category,
    readonly suggestions: readonly { zh: string; en: string }[],
    readonly argument: ArgumentName,
    readonly at?: QuerySpan
  ) {
    super((language) =>
      messages.unknownName(
        language,
        term,
        category,
        choicesFor(term, suggestions, language),
        argument
      )
    );
  }

  /** The suggestions as the text to type instead, in the script the user typed in. */
  choices(language: Language): string[] {
    return choicesFor(this.term, this.suggestions, language);
  }
}

function choicesFor(
  term: string,
  suggestions: readonly { zh: string; en: string }[],
  language: Language
): string[] {
  // Someone who typed Latin letters ("yantia") reads the suggestion in Latin letters too.
  const latin = !/[\u3400-\u9fff]/.test(term);
  return suggestions.map((s) => (latin || language === "en" ? s.en : s.zh));
}

/** A query of more terms than anyone types: refused before it costs time (#VALUE!). */
export class QueryTooLongError extends QueryError {
  readonly code = "#VALUE!";

  constructor(readonly limit: number) {
    super((language) => messages.queryTooLong(language, limit));
  }
}

/** A known place with no cluster in the dataset: a table has nothing to show (#N/A). */
export class NoClusterInPlaceError extends QueryError {
  readonly code = "#N/A";

  constructor(
    readonly place: { zh: string; en: string },
    readonly city: { zh: string; en: string } | undefined
  ) {
    super((language) => messages.noClusterInPlace(language, place, city));
  }
}

/** A scalar lookup whose cluster does not exist: #N/A, as XLOOKUP gives for a missing key. */
export class ClusterNotFoundError extends QueryError {
  readonly code = "#N/A";

  constructor(
    readonly term: string,
    readonly suggestions: readonly { zh: string; en: string }[]
  ) {
    super((language) =>
      messages.clusterNotFound(
        language,
        term,
        suggestions.map((s) => (language === "en" ? s.en : s.zh))
      )
    );
  }
}

/** A scalar lookup whose name fits several clusters: #VALUE!, asking for an id. */
export class AmbiguousClusterError extends QueryError {
  readonly code = "#VALUE!";

  constructor(
    readonly term: string,
    readonly candidates: readonly { id: string; name: { zh: string; en: string } }[]
  ) {
    super((language) =>
      messages.ambiguousCluster(
        language,
        term,
        candidates.map((c) => ({ id: c.id, name: language === "en" ? c.name.en : c.name.zh }))
      )
    );
  }
}

/** An argument of a type that cannot mean anything there (TRUE as a city, 7 as headers). */
export class InvalidArgumentError extends QueryError {
  readonly code = "#VALUE!";

  constructor(
    readonly argument: ArgumentName,
    readonly got: string
  ) {
    super((language) => messages.invalidArgument(language, argument, got));
  }
}

/** Nothing matched and the caller asked for no header row, so there is nothing to show: #N/A. */
export class NoMatchError extends QueryError {
  readonly code = "#N/A";

  constructor(readonly subject: Subject) {
    super((language) => messages.noMatch(language, subject));
  }
}

/** A result that would not fit on a sheet, refused before it is built: #VALUE! with the sizes. */
export class ResultTooLargeError extends QueryError {
  readonly code = "#VALUE!";

  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly limits: { rows: number; columns: number }
  ) {
    super((language) => messages.resultTooLarge(language, rows, columns, limits));
  }
}
