import Foundation

/// The templates that ship with specc, copied as resources (`Templates/site/...`).
public enum BuiltinTemplates {
    /// The folder holding the built-in site templates (`layouts/base.html`, `assets/site.css`...), found in
    /// the target's resource bundle next to the built executable.
    public static var siteDirectory: String? {
        Bundle.module.url(forResource: "site", withExtension: nil)?.path
    }
}

extension BuiltinTemplates {
    /// The folder holding the built-in Swift stub templates (`struct.mustache`, `client.mustache`...).
    public static var swiftDirectory: String? {
        Bundle.module.url(forResource: "swift", withExtension: nil)?.path
    }
}
