import HTTPTypes
import Testing

@testable import SpeccServer

/// Where the key is read from: `Authorization: Bearer` (any case) first, then `appkey`.
@Suite struct CredentialHeaderTests {
    private func credential(authorization: String? = nil, appkey: String? = nil) -> String? {
        var request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1", path: "/api/me")
        if let authorization { request.headerFields[.authorization] = authorization }
        if let appkey { request.headerFields[HTTPField.Name("appkey")!] = appkey }
        return RuntimeMiddleware.credential(in: request)
    }

    @Test func bearerTokensInAnyCaseWithoutSurroundingBlanks() {
        #expect(credential(authorization: "Bearer specc_abc") == "specc_abc")
        #expect(credential(authorization: "bearer specc_abc") == "specc_abc")
        #expect(credential(authorization: "BEARER   specc_abc \t") == "specc_abc")
        #expect(credential(authorization: "Bearer spécc ü") == "spécc ü")
    }

    @Test func otherSchemesAndEmptyTokensGiveNoKey() {
        #expect(credential(authorization: "Basic dXNlcjpwYXNz") == nil)
        #expect(credential(authorization: "Bearer") == nil)
        #expect(credential(authorization: "Bearer ") == nil)
        #expect(credential(authorization: "Bearer\tspecc_abc") == nil)
        #expect(credential(authorization: "Bearerspecc_abc") == nil)
        #expect(credential() == nil)
    }

    @Test func theApplicationKeyHeaderIsTheFallback() {
        #expect(credential(appkey: " specca_xyz ") == "specca_xyz")
        #expect(credential(authorization: "Basic x", appkey: "specca_xyz") == "specca_xyz")
        #expect(credential(authorization: "Bearer ", appkey: "specca_xyz") == "specca_xyz")
        #expect(credential(authorization: "Bearer specc_abc", appkey: "specca_xyz") == "specc_abc")
        #expect(credential(appkey: "  ") == nil)
    }
}
