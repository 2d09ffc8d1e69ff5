import SpecNormalizer

/// The prebuilt search index: operations, schemas, their top-level properties and guide headings.
struct SearchIndex {
    /// One result.
    struct Entry {
        /// `operation`, `schema`, `property`, `guide`.
        var kind: String
        var title: String
        var detail: String
        /// Root-relative URL.
        var url: String
    }

    var entries: [Entry] = []

    /// `[{"k":..,"t":..,"d":..,"u":..}, ...]`; strings are JSON-escaped, never HTML.
    var json: String {
        let items = entries.map { entry in
            "{\"k\":\(JSONText.quote(entry.kind)),\"t\":\(JSONText.quote(entry.title)),"
                + "\"d\":\(JSONText.quote(entry.detail)),\"u\":\(JSONText.quote(entry.url))}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// The same data as a script, so search also works when the site is opened from disk (file:// forbids fetch).
    var script: String { "window.speccSearchIndex = " + json }
}
