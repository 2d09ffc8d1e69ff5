import SpecDiagnostics
import SpecModel

/// A lower bound above its upper bound (`minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems`,
/// `minProperties`/`maxProperties`), or an exclusive numeric range with no room in it: no value can match.
struct MinGreaterThanMaxRule: LintRule {
    let id: DiagnosticID = "min-greater-than-max"
    let defaultSeverity: Severity = .error
    let summary = "a schema's lower bound is greater than its upper bound, so no value matches"

    func check(_ context: LintContext) {
        SchemaWalker.forEachSchema(in: context.document) { schema in
            checkNumbers(schema, context)
            checkCounts("minLength", schema.minLength, "maxLength", schema.maxLength, context)
            checkCounts("minItems", schema.minItems, "maxItems", schema.maxItems, context)
            checkCounts("minProperties", schema.minProperties, "maxProperties", schema.maxProperties, context)
        }
    }

    private func checkCounts(
        _ lowerName: String, _ lower: Located<Int>?, _ upperName: String, _ upper: Located<Int>?,
        _ context: LintContext
    ) {
        guard let lower, let upper, lower.value > upper.value else { return }
        context.report(
            "'\(lowerName)' \(lower.value) is greater than '\(upperName)' \(upper.value): no value can match",
            at: lower.span, notes: [("'\(upperName)' is set here", upper.span)])
    }

    /// 3.0 writes exclusivity as booleans beside `minimum`/`maximum`; 3.1 as numbers of their own. Either way
    /// the lowest allowed value must not pass the highest, and an exclusive end leaves no room when they meet.
    private func checkNumbers(_ schema: Schema, _ context: LintContext) {
        typealias Bound = (value: Double, exclusive: Bool, name: String, span: SourceSpan)
        var lower: Bound?
        var upper: Bound?
        if let minimum = schema.minimum {
            let exclusive = schema.exclusiveMinimum?.scalar?.value == .bool(true)
            lower = (minimum.value, exclusive, exclusive ? "exclusive 'minimum'" : "'minimum'", minimum.span)
        }
        if let node = schema.exclusiveMinimum, let value = Self.number(node), lower.map({ value >= $0.value }) ?? true {
            lower = (value, true, "'exclusiveMinimum'", node.span)
        }
        if let maximum = schema.maximum {
            let exclusive = schema.exclusiveMaximum?.scalar?.value == .bool(true)
            upper = (maximum.value, exclusive, exclusive ? "exclusive 'maximum'" : "'maximum'", maximum.span)
        }
        if let node = schema.exclusiveMaximum, let value = Self.number(node), upper.map({ value <= $0.value }) ?? true {
            upper = (value, true, "'exclusiveMaximum'", node.span)
        }
        guard let lower, let upper else { return }
        let empty = lower.value > upper.value || (lower.value == upper.value && (lower.exclusive || upper.exclusive))
        guard empty else { return }
        let relation = lower.value > upper.value ? "is greater than" : "equals"
        context.report(
            "\(lower.name) \(Self.text(lower.value)) \(relation) \(upper.name) \(Self.text(upper.value)): "
                + "no value can match",
            at: lower.span, notes: [("\(upper.name) is set here", upper.span)])
    }

    private static func number(_ node: Node) -> Double? {
        switch node.scalar?.value {
        case .int(let value)?: Double(value)
        case .double(let value)?: value
        default: nil
        }
    }

    private static func text(_ value: Double) -> String { SchemaValue.number(value).shortDescription }
}
