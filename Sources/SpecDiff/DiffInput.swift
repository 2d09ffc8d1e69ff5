import SpecModel
import SpecNormalizer

/// One side of a comparison: the normalized API, and the document it came from for locating changes.
public struct DiffInput: Sendable {
    /// The normalized API.
    public var api: API
    /// The document as written; without it changes have no location.
    public var document: RawDocument?
    /// Put before the file paths of locations in this document (`git:main:`), so a base read from git is not
    /// mistaken for the working file.
    public var pathPrefix: String

    /// Creates an input.
    public init(api: API, document: RawDocument?, pathPrefix: String = "") {
        self.api = api
        self.document = document
        self.pathPrefix = pathPrefix
    }
}

/// Settings for `SpecDiffer.diff`.
public struct DiffOptions: Sendable {
    /// Today's date as `YYYY-MM-DD` (UTC), for sunset dates.
    public var today: String

    /// Creates options; `today` defaults to the current date in UTC.
    public init(today: String = SunsetDate.today()) {
        self.today = today
    }
}
