/// One source line prepared for a terminal, with the map from UTF-8 byte columns to display columns.
///
/// Diagnostics count columns in UTF-8 bytes, but a terminal shows characters: `é` is two bytes and one
/// column, `名` three bytes and two columns, a tab up to `tabWidth` columns. The excerpt prints `text` and
/// puts the caret at `displayOffset(ofByteColumn:)`, both computed in the same pass so they always agree.
struct ExcerptLine {
    /// Tabs advance to the next multiple of this many columns, in the line and under it alike.
    static let tabWidth = 4

    /// The line as printed: tabs expanded to spaces, control characters and invalid UTF-8 shown as U+FFFD.
    let text: String
    /// Display columns `text` occupies.
    let width: Int
    /// Byte offset (0-based) where each decoded character starts, in order.
    private let byteStarts: [Int]
    /// Display offset (0-based) of the same characters.
    private let displayStarts: [Int]
    /// Number of bytes in the line.
    private let byteCount: Int

    /// Decodes `bytes` (one line without its line break).
    init(bytes: some Collection<UInt8>) {
        var text = ""
        var byteStarts: [Int] = []
        var displayStarts: [Int] = []
        var byteOffset = 0
        var display = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        decoding: while true {
            let scalar: Unicode.Scalar?
            let length: Int
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalar = Unicode.UTF8.decode(encoded)
                length = encoded.count
            case .error(let errorLength):
                scalar = nil
                length = errorLength
            case .emptyInput:
                break decoding
            }
            byteStarts.append(byteOffset)
            displayStarts.append(display)
            byteOffset += length
            switch scalar {
            case "\t"?:
                let spaces = Self.tabWidth - display % Self.tabWidth
                text += String(repeating: " ", count: spaces)
                display += spaces
            case let scalar? where !Self.isControl(scalar):
                text.unicodeScalars.append(scalar)
                display += DisplayWidth.of(scalar)
            default:
                // Raw control bytes could move the cursor or recolour the terminal; show a placeholder.
                text.unicodeScalars.append("\u{FFFD}")
                display += 1
            }
        }
        self.text = text
        self.width = display
        self.byteStarts = byteStarts
        self.displayStarts = displayStarts
        self.byteCount = byteOffset
    }

    /// The display offset (0-based) of a 1-based UTF-8 byte column.
    ///
    /// A column inside a multi-byte character maps to that character's start; a column past the end of the
    /// line (a missing value after `key:`) maps one display column per byte past the end, so the caret sits
    /// where the text would continue.
    func displayOffset(ofByteColumn column: Int) -> Int {
        let byte = max(column - 1, 0)
        if byte >= byteCount { return width + (byte - byteCount) }
        var low = 0
        var high = byteStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if byteStarts[middle] <= byte { low = middle } else { high = middle - 1 }
        }
        return displayStarts[low]
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
