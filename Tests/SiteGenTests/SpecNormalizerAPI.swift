import SpecNormalizer

/// Small APIs for view-model tests.
enum SpecNormalizerAPI {
    static let empty = API(title: "T", version: "1", openapiVersion: "3.1.0")
}
