import SpecDiagnostics
import SpecNormalizer

/// Enums, bounds and patterns: the keywords that narrow which values of a type are accepted.
extension SchemaComparison {
    mutating func compareEnums(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) {
        guard old.enumValues != new.enumValues else { return }
        let keyword = path.appending(.keyword("enum"))
        switch (old.enumValues, new.enumValues) {
        case (nil, let values?):
            report(
                .constraintTightened,
                "\(subject(name)) is now limited to \(values.map(ValueText.quoted).joined(separator: ", "))",
                at: keyword)
        case (_?, nil):
            report(
                .constraintLoosened, "\(subject(name)) is no longer limited to a list of values", at: keyword,
                side: .base)
        case (let before?, let after?):
            let kept = Set(after)
            for value in before where !kept.contains(value) {
                report(
                    .enumValueRemoved, "enum value \(ValueText.quoted(value)) removed from \(subject(name))",
                    at: keyword)
            }
            let known = Set(before)
            for value in after where !known.contains(value) {
                report(.enumValueAdded, "enum value \(ValueText.quoted(value)) added to \(subject(name))", at: keyword)
            }
        case (nil, nil):
            break
        }
    }

    mutating func compareBounds(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) {
        for bound in SchemaView.Bound.allCases {
            let (before, after) = (old.bounds[bound], new.bounds[bound])
            guard before != after else { continue }
            let keyword = path.appending(.keyword(bound.rawValue))
            let text = { (value: Double) in ValueText.number(value) }
            switch (before, after) {
            case (nil, let value?):
                report(.constraintTightened, "\(bound.rawValue) \(text(value)) added to \(subject(name))", at: keyword)
            case (let value?, nil):
                report(
                    .constraintLoosened, "\(bound.rawValue) \(text(value)) removed from \(subject(name))", at: keyword,
                    side: .base)
            case (let before?, let after?):
                let tighter = bound.isUpper ? after < before : after > before
                let verb = after < before ? "lowered" : "raised"
                report(
                    tighter ? .constraintTightened : .constraintLoosened,
                    "\(bound.rawValue) of \(subject(name)) \(verb) from \(text(before)) to \(text(after))", at: keyword)
            case (nil, nil):
                break
            }
        }
        compareMultipleOf(old.multipleOf, new.multipleOf, at: path, name: name)
        if old.uniqueItems != new.uniqueItems {
            report(
                new.uniqueItems ? .constraintTightened : .constraintLoosened,
                "items of \(subject(name)) \(new.uniqueItems ? "must now be" : "no longer need to be") unique",
                at: path.appending(.keyword("uniqueItems")), side: new.uniqueItems ? .revision : .base)
        }
        if case .allowed(false)? = new.additionalProperties, !isClosed(old) {
            report(
                .constraintTightened, "\(subject(name)) no longer accepts additional properties",
                at: path.appending(.keyword("additionalProperties")))
        } else if isClosed(old), !isClosed(new) {
            report(
                .constraintLoosened, "\(subject(name)) now accepts additional properties",
                at: path.appending(.keyword("additionalProperties")), side: .base)
        }
    }

    private func isClosed(_ view: SchemaView) -> Bool {
        if case .allowed(false)? = view.additionalProperties { return true }
        return false
    }

    private mutating func compareMultipleOf(_ before: Double?, _ after: Double?, at path: DiffPath, name: String) {
        guard before != after else { return }
        let keyword = path.appending(.keyword("multipleOf"))
        switch (before, after) {
        case (nil, let value?):
            report(.constraintTightened, "multipleOf \(ValueText.number(value)) added to \(subject(name))", at: keyword)
        case (let value?, nil):
            report(
                .constraintLoosened, "multipleOf \(ValueText.number(value)) removed from \(subject(name))", at: keyword,
                side: .base)
        case (let before?, let after?):
            // A new step that divides the old one accepts every value the old one did.
            let ratio = before / after
            let looser = ratio.rounded() == ratio
            report(
                looser ? .constraintLoosened : .constraintTightened,
                "multipleOf of \(subject(name)) changed from \(ValueText.number(before)) to \(ValueText.number(after))",
                at: keyword)
        case (nil, nil):
            break
        }
    }

    mutating func comparePatterns(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) {
        guard old.pattern != new.pattern else { return }
        let keyword = path.appending(.keyword("pattern"))
        switch (old.pattern, new.pattern) {
        case (nil, let pattern?):
            report(.constraintTightened, "pattern '\(pattern)' added to \(subject(name))", at: keyword)
        case (let pattern?, nil):
            report(.constraintLoosened, "pattern '\(pattern)' removed from \(subject(name))", at: keyword, side: .base)
        case (let before?, let after?):
            report(.patternChanged, "pattern of \(subject(name)) changed from '\(before)' to '\(after)'", at: keyword)
        case (nil, nil):
            break
        }
    }
}
