/// Corpus documents the suites share.
public enum CorpusDocuments {
    /// Root files (as in `MANIFEST.tsv`) of the 3.x documents whose model is usable: stubs generate and
    /// compile, and `specc scan` uploads them.
    public static let usable = [
        "oai-petstore/petstore.yaml", "oai-uspto/uspto.json", "oai-link-example/link-example.yaml",
        "oai-webhook-example/webhook-example.yaml", "oai-mega-v32/mega.yaml",
        "osv-petstore-separate-v30/spec/openapi.yaml", "osv-property-recursive/property-recursive.yaml",
        "swift-petstore/petstore.yaml", "twilio-iam-scim/twilio_iam_scim.yaml", "tomtom-3.0/tomtom-3.0.yaml",
        "google-books-3.0/google-books-3.0.yaml",
        "adyen-transfer-webhooks-v4/BalancePlatformTransferNotification-v4.json",
        "adyen-checkout-v71/CheckoutService-v71.json", "box/openapi.json", "digitalocean/DigitalOcean-public.v2.yaml",
        "ghes-3.0/ghes-3.0.yaml", "stripe/spec3.yaml", "openai/openapi.yaml",
    ]
}
