import Foundation
import Testing
import TestSupport

@Suite struct NormalizeCommandTests {
    @Test func printsScanPayloadForPetstore() throws {
        let output = try SpeccBinary.run([
            "normalize", TestPaths.corpus + "/oai-petstore/petstore.yaml", "--service", "Pets",
        ])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((object["service"] as? [String: String]) == ["name": "Pets"])
        let spec = try #require(object["spec"] as? [String: Any])
        #expect(spec["format"] as? String == "openapi")
        #expect(spec["version"] as? String == "3.0.0")
        #expect((spec["hash"] as? String)?.count == 64)
        let endpoints = try #require(object["endpoints"] as? [[String: Any]])
        #expect(endpoints.map { "\($0["method"]!) \($0["path"]!)" } == ["GET /pets", "POST /pets", "GET /pets/{petId}"])
    }

    @Test func swaggerDocumentCannotBeNormalized() throws {
        let output = try SpeccBinary.run(["normalize", TestPaths.corpus + "/oai-uber-v2/uber.json"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("error[unsupported-version]"))
    }
}
