import Foundation
import Pipeline
import Preview
import Testing

/// `specc preview` reads the configuration file again for every build and watches it.
@Suite struct PreviewConfigTests {
    static let document = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        servers: [{url: 'https://shop.example.com'}]
        paths:
          /items:
            get:
              operationId: listItems
              responses: {'200': {description: OK.}}
        """

    private func swiftSample(_ build: PreviewBuild) -> String {
        build.result.files.first { $0.path == "operations/listItems.md" }?.text ?? ""
    }

    @Test func anEditedConfigurationReachesTheNextBuild() throws {
        let files = MemoryFileSystem(["openapi.yaml": Self.document])
        let source = PreviewSource(
            document: "openapi.yaml", pipeline: Pipeline(fileSystem: files), configPath: "specc.yaml")

        let first = source.build()
        #expect(swiftSample(first).contains("client.listItems("), "\(swiftSample(first))")

        // The file appears: its name override renames the client call in the sample.
        try files.write(Array("generate:\n  names:\n    listItems: fetchAllItems\n".utf8), to: "specc.yaml")
        let second = source.build()
        #expect(swiftSample(second).contains("client.fetchAllItems("), "\(swiftSample(second))")

        // A mistake in it is reported with the build.
        try files.write(Array("generate:\n  nmes: {}\n".utf8), to: "specc.yaml")
        let third = source.build()
        #expect(third.result.diagnostics.contains { $0.id == "invalid-config" }, "\(third.result.diagnostics.map(\.message))")
        #expect(swiftSample(third).contains("client.listItems("))
    }
}
