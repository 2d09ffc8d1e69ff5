import Foundation
import Testing
import TourStubs

/// The generated `Client.serverN(...)` helpers of the tour fixture, whose second server is a URL template.
@Suite struct TourServerURLTests {
    @Test func aFixedServerHasAHelperWithoutParameters() throws {
        #expect(try Client.server1().absoluteString == "https://api.example.com/v1")
    }

    @Test func aTemplateFillsInTheDocumentsDefaults() throws {
        #expect(try Client.server2().absoluteString == "https://eu.example.com:443/v1")
    }

    @Test func eachVariableIsAParameter() throws {
        let url = try Client.server2(protocol: "http", region: "us-east", port: "8080")
        #expect(url.absoluteString == "http://us-east.example.com:8080/v1")
    }

    @Test func aValueOutsideTheEnumIsAClearError() {
        #expect {
            _ = try Client.server2(protocol: "ftp")
        } throws: { error in
            let message = String(describing: error)
            return error is SpeccServerURLError && message.contains("'protocol'") && message.contains("'ftp'")
                && message.contains("'https', 'http'")
        }
    }

    @Test func aResultThatIsNotAURLIsAClearError() {
        #expect {
            _ = try Client.server2(region: "a b")
        } throws: { error in
            (error as? SpeccServerURLError)?.message.contains("not a valid URL") == true
        }
    }
}
