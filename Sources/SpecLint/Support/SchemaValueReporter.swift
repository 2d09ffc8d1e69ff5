import SpecDiagnostics
import SpecModel

/// Checks values written in the document (examples, defaults, enum entries) against their schemas and
/// reports each mismatch once, at the offending part of the value.
struct SchemaValueReporter {
    private let context: LintContext
    private let validator: SchemaValueValidator
    private var reported: Set<Reported> = []

    private struct Reported: Hashable {
        var span: SourceSpan
        var message: String
    }

    /// Creates a reporter for one rule.
    init(_ context: LintContext) {
        self.context = context
        self.validator = SchemaValueValidator(document: context.document)
    }

    /// Checks `value` against `schema`, reporting "<label> does not match its schema: ...". With
    /// `ignoringEnum` the schema's own `enum` is not applied (for checking the entries of that enum).
    ///
    /// A value written in an `allOf`/`anyOf`/`oneOf` member describes the value of the whole composition, so
    /// `enclosing` (the outermost schema of the chain) is tried as well: the value is accepted when it matches
    /// either. This keeps `anyOf: [{type: object, default: null}, {type: 'null'}]` quiet.
    mutating func check(
        _ value: Node, against schema: Schema, enclosing: Schema? = nil, label: String, ignoringEnum: Bool = false
    ) {
        guard let instance = SchemaValue(node: value),
            let failure = validator.validate(instance, against: schema, ignoringEnum: ignoringEnum)
        else { return }
        if let enclosing, validator.validate(instance, against: enclosing) == nil { return }
        report(failure, in: value, label: label)
    }

    /// Checks `value` against the schema a slot names (nothing when it does not resolve).
    mutating func check(_ value: Node, against slot: Referenceable<Schema>, label: String) {
        guard let schema = context.document.schema(slot) else { return }
        check(value, against: schema, label: label)
    }

    private mutating func report(_ failure: SchemaValueFailure, in value: Node, label: String) {
        let span = failure.node(in: value).span
        let message = "\(label) does not match its schema: \(failure.description)"
        guard reported.insert(Reported(span: span, message: message)).inserted else { return }
        context.report(message, at: span)
    }
}
