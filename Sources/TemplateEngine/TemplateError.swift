/// A template that cannot be parsed or rendered, located at the offending tag.
///
/// `line` and `column` are 1-based; `column` counts UTF-8 bytes, as compilers print it. Errors that belong to a
/// whole template rather than a tag (an unknown template name, an unreadable file) have `line` and `column` 0
/// and print without them.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// The template's name, or its file path when `TemplateLibrary.load` loaded it.
    public var template: String
    /// 1-based line of the tag, or 0 when the error has no position.
    public var line: Int
    /// 1-based UTF-8 byte column of the tag's first `{`, or 0 when the error has no position.
    public var column: Int
    /// What went wrong, in lower case without a trailing period.
    public var message: String

    /// Creates an error at `line`:`column` of `template`.
    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    /// `<template>:<line>:<column>: <message>`, or `<template>: <message>` when there is no position.
    public var description: String {
        line > 0 ? "\(template):\(line):\(column): \(message)" : "\(template): \(message)"
    }
}
