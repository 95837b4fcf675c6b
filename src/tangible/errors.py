"""Every error tangible raises on purpose, with a code and the user's next step.

Front ends convert ``TangibleError`` once: the CLI prints ``[CODE] message`` and
exits non-zero, the API answers ``{"ok": false, "error": ..., "code": ..., "status": ...}``,
the web shows an error page.
"""

from __future__ import annotations


class E:
    """The error catalogue: every code tangible gives, each with one meaning (``tests/test_errors.py`` checks
    that no two share a code and that every error raised takes its code from here). A new kind of problem
    gets a new entry; an entry's code never changes meaning."""

    ERROR = "T000"  # an error tangible raised on purpose (base)
    SETTING_INVALID = "T001"  # a TANGIBLE_* setting has a value that cannot be used
    INVALID_INPUT = "T100"  # a value given to tangible (a filter, a parameter, a request body) cannot be used
    NO_SUCH_FILE = "T101"  # a file given does not exist
    UNREADABLE_FILE = "T102"  # a path given cannot be read as a file (a folder, no permission)
    BINARY_FILE = "T103"  # a file is binary, not text or HTML
    UNDECODABLE_TEXT = "T104"  # a file's text encoding cannot be told or its bytes are not valid in it
    NO_ARTICLE_TEXT = "T105"  # a page or file has no article text
    EMPTY_INPUT = "T106"  # the input is empty
    LINE_SKIPPED = "T107"  # a JSON line given to extract cannot be used and is skipped
    UNSUPPORTED_FILE_TYPE = "T108"  # a file is not .html, .htm, .txt, .jsonl or .csv
    NOT_A_JSON_OBJECT = "T109"  # a JSON line is not valid JSON or not an object
    RECORD_WITHOUT_TEXT = "T110"  # a JSON or CSV record has no text or html field
    FILTER_TOO_LONG = "T111"  # a search text or filter is longer than 200 characters
    UNKNOWN_FILTER_VALUE = "T112"  # a filter names a value that is not one of those allowed
    DATE_RANGE_REVERSED = "T113"  # a date range starts after it ends
    FILTER_UNAVAILABLE = "T114"  # a filter is not available in this build
    BAD_CURSOR = "T115"  # a page cursor is not one the API gave
    SOURCE_URL_NEEDS_ONE_FILE = "T116"  # a source URL is stated for more than one file being ingested
    UNKNOWN_COMMITMENT_STATUS = "T120"  # a commitment status is not active, proposed or rejected
    UNKNOWN_HISTORY_STEP = "T121"  # a rating history step is not day, week or month
    HISTORY_RANGE_REVERSED = "T122"  # a rating history starts after it ends
    NOT_A_DATE = "T123"  # a date is not written YYYY-MM-DD
    HISTORY_OUT_OF_RANGE = "T124"  # a rating history spans dates or points beyond what is computed
    UNKNOWN_TOKEN_ROLE = "T125"  # an API token role is not analyst, moderator or admin
    TOKEN_NAME = "T126"  # an API token has no usable name
    UNKNOWN_BRIEF_PERIOD = "T130"  # a brief period is not one of those offered
    BRIEF_RANGE_REVERSED = "T131"  # a brief starts after it ends
    PDF_UNAVAILABLE = "T132"  # PDF briefs need WeasyPrint and pango, which are missing
    PDF_NEEDS_FILE = "T133"  # a PDF brief needs an output file
    BRIEF_DATE_OUT_OF_RANGE = "T134"  # a brief is asked for a date outside the range briefs are made for
    UNKNOWN_BRIEF_FORMAT = "T135"  # a brief format is not one of those offered
    LABELS_INVALID = "T185"  # a labelled resolution set is not valid YAML
    NO_LABELLED_SET = "T186"  # no labelled resolution set is found
    LABELS_WITHOUT_FILES = "T187"  # a labelled resolution set lists no files
    UNKNOWN_EXPORT_FORMAT = "T140"  # an export format is not one of those offered
    UNKNOWN_REPLY_STATUS = "T141"  # a reply status or moderation outcome is not one of those allowed
    REPLY_INVALID = "T142"  # a reader's reply lacks a field or exceeds a limit
    UNKNOWN_MODERATION_DECISION = "T143"  # a moderation decision is not approve or reject
    REPLY_TARGET_KIND = "T144"  # a reply is attached to something other than an incident or commitment
    FORMAT_NOT_FOR_THIS_EXPORT = "T145"  # an export format applies to another kind of export
    PARQUET_NEEDS_FILE = "T146"  # a Parquet export needs an output file
    UNKNOWN_REVIEW_ACTION = "T150"  # a review action is not one of those allowed
    CORRECTION_WITHOUT_FIELDS = "T151"  # a correction names no field
    FIELD_NOT_CORRECTABLE = "T152"  # a correction names a field that cannot be corrected
    CORRECTION_UNKNOWN_VALUE = "T153"  # a correction gives an unknown event type or modality
    REVIEWER_MISSING = "T154"  # a review has no reviewer's name
    MERGE_WITHOUT_OTHERS = "T155"  # a merge names no other incident
    NOT_FIELD_VALUE = "T156"  # a --set option is not FIELD=VALUE
    SPLIT_MENTIONS_NOT_IN_INCIDENT = "T157"  # a split names mentions that are not part of the incident
    SPLIT_EMPTY_SIDE = "T158"  # a split would leave one side without mentions
    UNUSABLE_URL = "T160"  # a URL to fetch or register is not a valid http(s) URL with a host
    SOURCE_EXISTS = "T161"  # a source is already registered
    BAD_FEED = "T162"  # a feed is empty, a web page or not valid RSS or Atom
    FEED_ITEM_WITHOUT_TEXT = "T163"  # a feed item gives no article text
    UNSUPPORTED_ARCHIVE = "T164"  # an archive is not .jsonl or .csv (optionally .gz)
    UNKNOWN_SOURCE_KIND = "T169"  # a source kind is not feed or page
    SOURCE_AMBIGUOUS = "T175"  # a source named by URL is registered several times
    CORRUPT_ARCHIVE = "T165"  # a compressed archive is truncated, corrupt or not gzip
    ROW_NOT_UTF8 = "T166"  # an archive line or row is not valid UTF-8
    CSV_UNREADABLE = "T167"  # a CSV header or row cannot be read, or has no text or html column
    BAD_INTERVAL = "T168"  # a polling interval is not an interval or is shorter than a minute
    BAD_FIELD = "T170"  # a record's field has the wrong type or an unusable value
    TEXT_TOO_LONG = "T171"  # a document's text is longer than TANGIBLE_MAX_DOCUMENT_CHARS
    TEXT_TOO_SHORT = "T172"  # a document's text is too short to be an article
    UNUSABLE_LINK = "T173"  # a document's link is not an http(s) URL and is not stored
    SYMLINK_LOOP = "T174"  # a symbolic link loops back on itself
    NUL_IN_REQUEST = "T176"  # a request carries a NUL character
    UNKNOWN_DERIVATION_SCOPE = "T180"  # a derivation scope is not changes or all
    MISSING_DEPENDENCY = "T190"  # an optional dependency a command needs is not installed
    CASE_FILE = "T200"  # a case file is not valid YAML (base of case file errors)
    CASE_DUPLICATE = "T201"  # a case file defines an id twice
    CASE_SHAPE = "T202"  # a case file value has the wrong shape (mapping, list, single value)
    CASE_MISSING = "T203"  # a case file or one of its values is empty or missing
    CASE_DATE = "T204"  # a case file date is not a date or the range is reversed
    CASE_UNKNOWN_KEY = "T205"  # a case file uses a key it does not know
    CASE_BAD_ID = "T206"  # a case file id is not valid
    CASE_BAD_KIND = "T207"  # a case file kind or precision is not one of those allowed
    CASE_NAME_TWICE = "T208"  # a case file lists a name twice
    CASE_COUNTRY = "T209"  # a case file country is not a two-letter ISO code
    CASE_UNKNOWN_REFERENCE = "T210"  # a case file names an actor or group it does not define
    CASE_UNKNOWN_EVENT_TYPE = "T211"  # a case file names an unknown event type
    CASE_UNREADABLE = "T212"  # a case file does not exist or cannot be read
    CASE_NOT_A_NUMBER = "T213"  # a case file number is not a number or out of range
    STORE = "T300"  # the store cannot be opened, migrated or written (base)
    DATABASE_URL = "T301"  # the database URL is not valid
    DATABASE_UNSUPPORTED = "T302"  # the database is neither SQLite nor PostgreSQL
    STORE_READ = "T303"  # the store cannot be read
    STORE_WRITE = "T304"  # the store cannot be written
    BACKUP_SQLITE_ONLY = "T305"  # tangible db backup copies SQLite stores only
    BACKUP_EXISTS = "T306"  # a backup would overwrite a file
    RECORD_REJECTED = "T307"  # the store refused a row
    SECRET_KEY_FILE = "T308"  # the secret key file cannot be read or created
    AUTH_REQUIRED = "T401"  # an API token or sign-in is needed
    TOKEN_INVALID = "T402"  # an API token is not valid or was revoked
    FORBIDDEN = "T403"  # the token's role does not allow this
    NOT_FOUND = "T404"  # no such object
    METHOD_NOT_ALLOWED = "T405"  # the HTTP method is not allowed here
    REQUEST_TOO_LARGE = "T413"  # a request body is larger than TANGIBLE_MAX_REQUEST_BYTES
    RATE_LIMITED = "T429"  # too many requests
    CSRF = "T430"  # a form's CSRF token is missing, forged or stale
    FETCH = "T500"  # a URL could not be fetched (base of fetch errors)
    PRIVATE_ADDRESS = "T510"  # a URL resolves to a private or loopback address
    HOST_UNRESOLVED = "T511"  # a host name cannot be resolved
    RESPONSE_TOO_LARGE = "T512"  # a response is larger than the limit
    HTTP_ERROR = "T513"  # a server answered with an HTTP error
    TOO_MANY_REDIRECTS = "T514"  # a URL redirects in a loop or too many times
    WRONG_CONTENT_TYPE = "T515"  # a response is not of an accepted content type
    REDIRECT_WITHOUT_LOCATION = "T516"  # a redirect has no Location header
    FETCH_TIMEOUT = "T517"  # a fetch timed out
    FETCH_FAILED = "T518"  # a fetch failed for another reason (connection, TLS)
    ROBOTS = "T519"  # robots.txt refuses the URL
    MODEL = "T600"  # a bundled model is missing or cannot be loaded
    ALERT_NAME = "T701"  # an alert rule's name is not usable
    ALERT_EXISTS = "T702"  # an alert rule of that name exists
    ALERT_NOT_FOUND = "T703"  # no such alert rule or alert feed
    ALERT_UNKNOWN_OPTION = "T704"  # an alert filter, trigger or digest mode is not one of those offered
    ALERT_UNKNOWN_VALUE = "T705"  # an alert filter names an unknown commitment, group, type, grade or verification
    ALERT_BAD_ADDRESS = "T706"  # an alert channel's webhook or email address is not usable
    ALERT_PRIVATE_WEBHOOK = "T707"  # an alert webhook resolves to a private or loopback address
    INTERNAL = "T999"  # an internal error (the server log has the details)


CATALOGUE: dict[str, str] = {code: name for name, code in vars(E).items() if not name.startswith("_")}
"""Code -> the name of its entry in :class:`E`."""


class TangibleError(Exception):
    """Base class. ``code`` is stable; ``hint`` tells the user what to do next."""

    code = E.ERROR
    status = 400

    def __init__(self, message: str, hint: str | None = None, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" {self.hint}"
        return text


class InputError(TangibleError):
    """A file, line, URL or value given to tangible cannot be used."""

    code = E.INVALID_INPUT


class CaseFileError(TangibleError):
    """The case file is invalid; the message names the file and line."""

    code = E.CASE_FILE


class StoreError(TangibleError):
    """The store cannot be opened, migrated or written."""

    code = E.STORE
    status = 500


class RecordRejected(StoreError):
    """The store refused a row (a value it cannot hold, a duplicate key): the data is at fault, not the
    store, so the rows around it can still be written."""

    code = E.RECORD_REJECTED
    status = 400

    def __init__(self, message: str, hint: str | None = None, *, integrity: bool = False):
        super().__init__(message, hint or "The input is reported and skipped; the rest is stored.")
        self.integrity = integrity  # a key already present (often: written by another process meanwhile)


class NotFound(TangibleError):
    code = E.NOT_FOUND
    status = 404


class FetchError(TangibleError):
    """A URL could not be fetched, or was refused by a safety rule."""

    code = E.FETCH
    status = 502


class AuthError(TangibleError):
    code = E.AUTH_REQUIRED
    status = 401


class PermissionDenied(TangibleError):
    code = E.FORBIDDEN
    status = 403


class ModelError(TangibleError):
    """A bundled model is missing or cannot be loaded."""

    code = E.MODEL
    status = 500
