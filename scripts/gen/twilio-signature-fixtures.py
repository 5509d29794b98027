# Independent expected values for tests/fixtures/twilio_signature.json.
# Run: python3 scripts/gen/twilio-signature-fixtures.py (standard library only). The expected
# signatures come from Python's hmac/hashlib/base64, not from telrules, so the fixtures check
# the Rust code against an independent implementation of the same algorithm.
import hmac, hashlib, base64, json

def u16(s): return s.encode('utf-16-be')

def sign(token, url, params, digest=hashlib.sha1):
    data = url
    for k in sorted(params, key=u16):
        v = params[k]
        vals = sorted(set(v), key=u16) if isinstance(v, list) else [v]
        for x in vals: data += k + x
    return base64.b64encode(hmac.new(token.encode(), data.encode(), digest).digest()).decode()

def sign256(token, url, params):
    return sign(token, url, params, hashlib.sha256)

TOK = "12345"
DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
DOC = {"CallSid":"CA1234567890ABCDE","Caller":"+12349013030","Digits":"1234","From":"+12349013030","To":"+18005551212"}
doc_sig = sign(TOK, DOC_URL, DOC)
assert doc_sig == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", doc_sig
SMS = {"MessageSid":"SM0123456789abcdef0123456789abcdef","AccountSid":"AC0123456789abcdef0123456789abcdef","From":"+14155550123","To":"+18335550199","Body":"STOP","NumMedia":"0"}
TOK2 = "f00dfeedf00dfeedf00dfeedf00dfeed"
H = "https://hooks.example.com/twilio/sms"
cases = []
def case(name, why, args, ok=None, err=None):
    c = {"name": name, "why": why, "request": {"op": "verify_webhook_signature", "args": args}}
    c["expect"] = {"ok": ok} if err is None else {"error": err}
    cases.append(c)
V = {"valid": True, "reason": None}
def F(r): return {"valid": False, "reason": r}

case("twilio_documented_example", "Twilio's published example (token 12345, this URL and form) signs to 0/KCTR6DLpKmkAf8muzZqo1nDgQ=; the query string is part of the signed URL",
     {"auth_token": TOK, "url": DOC_URL, "params": DOC, "signature": doc_sig}, V)
case("inbound_sms_form_valid", "an inbound SMS webhook: URL followed by each name and value, names sorted",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": sign(TOK2, H, SMS)}, V)
case("signed_with_443_given_without_port", "Twilio may sign the URL with the https default port spelled out; a URL given without a port also matches with :443 added",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": sign(TOK2, "https://hooks.example.com:443/twilio/sms", SMS)}, V)
case("signed_without_port_given_with_443", "a URL given with an explicit port also matches with the port removed",
     {"auth_token": TOK2, "url": "https://hooks.example.com:443/twilio/sms", "params": SMS, "signature": sign(TOK2, H, SMS)}, V)
case("http_default_port_is_80", "for http:// the added default port is :80",
     {"auth_token": TOK2, "url": "http://hooks.example.com/twilio/sms", "params": SMS, "signature": sign(TOK2, "http://hooks.example.com:80/twilio/sms", SMS)}, V)
case("https_does_not_add_80", "https:// adds :443, never :80",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": sign(TOK2, "https://hooks.example.com:80/twilio/sms", SMS)}, F("signature_mismatch"))
case("non_default_port_removed", "the SDK accepts a URL with any explicit port when the signature was made without it",
     {"auth_token": TOK2, "url": "https://hooks.example.com:8443/twilio/sms", "params": SMS, "signature": sign(TOK2, H, SMS)}, V)
case("non_default_port_kept", "a URL with a non-default port matches the signature made over exactly that URL",
     {"auth_token": TOK2, "url": "https://hooks.example.com:8443/twilio/sms", "params": SMS, "signature": sign(TOK2, "https://hooks.example.com:8443/twilio/sms", SMS)}, V)
case("port_not_replaced_by_default", "a URL with port 8443 is never re-signed with :443 instead",
     {"auth_token": TOK2, "url": "https://hooks.example.com:8443/twilio/sms", "params": SMS, "signature": sign(TOK2, "https://hooks.example.com:443/twilio/sms", SMS)}, F("signature_mismatch"))
MMS = dict(SMS, Body="", NumMedia="2", MediaUrl=["https://api.twilio.com/b.jpg", "https://api.twilio.com/a.jpg", "https://api.twilio.com/b.jpg"])
case("repeated_name_values_sorted_distinct", "a repeated name signs once per distinct value, values sorted; an empty Body still signs as its name",
     {"auth_token": TOK2, "url": H, "params": MMS, "signature": sign(TOK2, H, MMS)}, V)
MMS2 = dict(MMS, MediaUrl=["https://api.twilio.com/a.jpg", "https://api.twilio.com/b.jpg"])
case("repeated_name_order_irrelevant", "the same values in another order (and without the duplicate) give the same signature",
     {"auth_token": TOK2, "url": H, "params": MMS2, "signature": sign(TOK2, H, MMS)}, V)
UNI = {"Body": "Arrêt 😀 ＡＢ", "\uff21": "x", "\U0001F600": "y", "From": "+33612345678"}
case("unicode_names_sorted_by_utf16", "names and values are UTF-8 in the HMAC and sorted by UTF-16 code units as the Node SDK sorts: U+1F600 before U+FF21",
     {"auth_token": TOK2, "url": H, "params": UNI, "signature": sign(TOK2, H, UNI)}, V)
QS = "https://hooks.example.com/twilio/sms?org=42&x=a%20b"
case("query_string_signed_verbatim", "the query string is signed exactly as given, encoded characters included",
     {"auth_token": TOK2, "url": QS, "params": SMS, "signature": sign(TOK2, QS, SMS)}, V)
case("uppercase_scheme_adds_443", "the scheme is compared case-insensitively when choosing the default port",
     {"auth_token": TOK2, "url": "HTTPS://hooks.example.com/twilio/sms", "params": SMS, "signature": sign(TOK2, "HTTPS://hooks.example.com:443/twilio/sms", SMS)}, V)
good = sign(TOK2, H, SMS)
tampered = ("A" if good[0] != "A" else "B") + good[1:]
case("tampered_signature", "one changed character in the header is a forgery",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": tampered}, F("signature_mismatch"))
case("signature_without_padding", "the header is compared as Twilio sends it, base64 with its = padding",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": good.rstrip("=")}, F("signature_mismatch"))
case("wrong_auth_token", "a signature made with another account's token does not verify",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": sign("0" * 32, H, SMS)}, F("signature_mismatch"))
case("tampered_body_param", "changing a form value (STOP -> START) breaks the signature",
     {"auth_token": TOK2, "url": H, "params": dict(SMS, Body="START"), "signature": good}, F("signature_mismatch"))
case("missing_signature", "no X-Twilio-Signature header: not valid, and not an error",
     {"auth_token": TOK2, "url": H, "params": SMS}, F("missing_signature"))
case("empty_signature", "an empty header is the same as none",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": ""}, F("missing_signature"))
case("null_signature", "a null header is the same as none",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": None}, F("missing_signature"))
case("missing_url", "without the requested URL nothing can be checked: not valid, not an error",
     {"auth_token": TOK2, "params": SMS, "signature": good}, F("missing_url"))
case("malformed_url", "a URL without scheme:// is not what Twilio requested",
     {"auth_token": TOK2, "url": "hooks.example.com/twilio/sms", "params": SMS, "signature": sign(TOK2, "hooks.example.com/twilio/sms", SMS)}, F("malformed_url"))
BODY = '{"event":"message.delivered","sid":"SM0123456789abcdef0123456789abcdef"}'
bh = hashlib.sha256(BODY.encode()).hexdigest()
JU = "https://hooks.example.com/twilio/events?bodySHA256=" + bh
case("json_body_valid", "a JSON webhook: the signature covers the URL alone and bodySHA256 is the lowercase hex SHA-256 of the raw body",
     {"auth_token": TOK2, "url": JU, "body": BODY, "signature": sign(TOK2, JU, {})}, V)
case("json_body_valid_with_port_variant", "the port variants apply to JSON webhooks too",
     {"auth_token": TOK2, "url": JU, "body": BODY, "signature": sign(TOK2, JU.replace(".com/", ".com:443/"), {})}, V)
case("json_body_hash_mismatch", "a body that is not the one hashed in the signed URL is rejected even though the signature matches",
     {"auth_token": TOK2, "url": JU, "body": BODY.replace("delivered", "failed"), "signature": sign(TOK2, JU, {})}, F("body_hash_mismatch"))
JU_UP = "https://hooks.example.com/twilio/events?bodySHA256=" + bh.upper()
case("json_body_hash_uppercase", "bodySHA256 must be lowercase hex, as Twilio writes it",
     {"auth_token": TOK2, "url": JU_UP, "body": BODY, "signature": sign(TOK2, JU_UP, {})}, F("body_hash_mismatch"))
JU2 = "https://hooks.example.com/twilio/events?bodySHA256=" + bh + "&bodySHA256=" + "0" * 64
case("json_body_first_hash_counts", "when bodySHA256 is repeated its first value is the one compared",
     {"auth_token": TOK2, "url": JU2, "body": BODY, "signature": sign(TOK2, JU2, {})}, V)
JN = "https://hooks.example.com/twilio/events"
case("json_body_without_hash_in_url", "a body given for a URL without bodySHA256 cannot be checked",
     {"auth_token": TOK2, "url": JN, "body": BODY, "signature": sign(TOK2, JN, {})}, F("body_hash_missing"))
case("body_hash_url_without_body", "a URL carrying bodySHA256 verified without its body would trust an unchecked body",
     {"auth_token": TOK2, "url": JU, "signature": sign(TOK2, JU, {})}, F("body_not_checked"))
case("json_body_signature_tampered", "the signature still has to match for a JSON webhook",
     {"auth_token": TOK2, "url": JU, "body": BODY, "signature": tampered}, F("signature_mismatch"))
case("empty_auth_token_is_an_error", "with an empty key anyone can sign; this is a configuration mistake, reported as such",
     {"auth_token": "", "url": H, "params": SMS, "signature": good}, err={"kind": "invalid_value", "path": "args.auth_token"})
case("auth_token_not_a_string", "a mistyped token is refused without repeating it",
     {"auth_token": 12345, "url": H, "params": SMS, "signature": good}, err={"kind": "invalid_args", "path": "args.auth_token"})
case("params_and_body_together", "a JSON webhook has no form params; passing both is a mistake in the adapter",
     {"auth_token": TOK2, "url": JU, "params": SMS, "body": BODY, "signature": sign(TOK2, JU, {})}, err={"kind": "invalid_value", "path": "args.params"})
case("param_value_not_a_string", "form values are strings (or lists of strings for repeated names)",
     {"auth_token": TOK2, "url": H, "params": dict(SMS, NumMedia=0), "signature": good}, err={"kind": "invalid_args", "path": "args.params.NumMedia"})
# SharedKey webhooks: X-Twilio-Webhooks-Signature-Settings names the algorithm (Twilio's Node SDK
# 6.3.1 getSignatureAlgorithm / Python SDK 9.13.0 get_signature_algorithm: the first comma part
# named exactly "algorithm", trimmed, with a non-empty value; missing/empty/none -> HMAC_SHA1;
# the value compared upper-cased against HMAC_SHA1 and HMAC_SHA256; anything else fails).
SK = "0b5e7c3a9d2f4e6a8c1b3d5f7a9c2e4b"
SET = "key=webhooks_sharedkey_0123456789abcdef0123456789abcdef,algorithm=HMAC_SHA256"
g256 = sign256(SK, H, SMS)
assert g256 != sign(SK, H, SMS) and len(g256) == 44
case("sharedkey_sha256_form_valid", "a SharedKey webhook: the settings header names HMAC_SHA256, so the same signed string is HMAC-SHA256 keyed with the SharedKey secret, given as `secret`",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": SET}, V)
case("sharedkey_sha256_secret_in_auth_token", "the secret may also be given in `auth_token`; the header alone chooses the algorithm",
     {"auth_token": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": SET}, V)
case("sharedkey_sha256_port_variant", "the default-port variants apply to HMAC-SHA256 too",
     {"secret": SK, "url": H, "params": SMS, "signature": sign256(SK, "https://hooks.example.com:443/twilio/sms", SMS), "signature_settings": SET}, V)
case("sharedkey_sha256_repeated_and_unicode", "repeated names and UTF-16 name order are signed the same way under HMAC-SHA256",
     {"secret": SK, "url": H, "params": dict(MMS, **UNI), "signature": sign256(SK, H, dict(MMS, **UNI)), "signature_settings": SET}, V)
case("sharedkey_sha256_json_body_valid", "a SharedKey JSON webhook: HMAC-SHA256 over the URL alone, and bodySHA256 still the hex SHA-256 of the body",
     {"secret": SK, "url": JU, "body": BODY, "signature": sign256(SK, JU, {}), "signature_settings": SET}, V)
case("sharedkey_sha256_json_body_hash_mismatch", "a SharedKey signature does not vouch for a body other than the one hashed in the URL",
     {"secret": SK, "url": JU, "body": BODY.replace("delivered", "failed"), "signature": sign256(SK, JU, {}), "signature_settings": SET}, F("body_hash_mismatch"))
case("sharedkey_sha256_tampered", "one changed character in an HMAC-SHA256 header is a forgery",
     {"secret": SK, "url": H, "params": SMS, "signature": ("A" if g256[0] != "A" else "B") + g256[1:], "signature_settings": SET}, F("signature_mismatch"))
case("sharedkey_sha256_tampered_param", "changing a form value breaks an HMAC-SHA256 signature",
     {"secret": SK, "url": H, "params": dict(SMS, Body="START"), "signature": g256, "signature_settings": SET}, F("signature_mismatch"))
case("sharedkey_sha256_signature_without_settings_header", "without the settings header the signature is checked as HMAC-SHA1, which an HMAC-SHA256 signature never matches",
     {"secret": SK, "url": H, "params": SMS, "signature": g256}, F("signature_mismatch"))
case("sha1_signature_under_sha256_header", "the header decides: an HMAC-SHA1 signature does not pass when the header names HMAC_SHA256",
     {"secret": SK, "url": H, "params": SMS, "signature": sign(SK, H, SMS), "signature_settings": SET}, F("signature_mismatch"))
case("settings_header_lowercase_algorithm", "the algorithm name is compared in any case, as the SDKs upper-case it",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "key=webhooks_sharedkey_1,algorithm=hmac_sha256"}, V)
case("settings_header_spaces", "spaces around the parts, names and values are trimmed",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": " key = webhooks_sharedkey_1 ,  algorithm =  HMAC_SHA256 "}, V)
case("settings_header_algorithm_first", "the parts may come in any order",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "algorithm=HMAC_SHA256,key=webhooks_sharedkey_1"}, V)
case("settings_header_empty_algorithm_skipped", "an empty algorithm= part names nothing; the next one that names an algorithm counts",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "algorithm=,algorithm=HMAC_SHA256"}, V)
case("settings_header_name_is_case_sensitive", "the part's name must be exactly `algorithm`: `Algorithm=` names nothing, so HMAC-SHA1 is checked and an HMAC-SHA256 signature fails",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "key=k,Algorithm=HMAC_SHA256"}, F("signature_mismatch"))
case("settings_header_explicit_sha1", "a header naming HMAC_SHA1 checks HMAC-SHA1",
     {"secret": SK, "url": H, "params": SMS, "signature": sign(SK, H, SMS), "signature_settings": "key=webhooks_sharedkey_1,algorithm=HMAC_SHA1"}, V)
case("settings_header_key_only_means_sha1", "a header without algorithm= means HMAC-SHA1",
     {"secret": SK, "url": H, "params": SMS, "signature": sign(SK, H, SMS), "signature_settings": "key=webhooks_sharedkey_1"}, V)
case("settings_header_empty_means_sha1", "an empty header is the same as none: HMAC-SHA1",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": good, "signature_settings": ""}, V)
case("settings_header_null_means_sha1", "a null header is the same as none: HMAC-SHA1",
     {"auth_token": TOK2, "url": H, "params": SMS, "signature": good, "signature_settings": None}, V)
case("settings_header_unknown_algorithm", "an algorithm telrules does not know cannot be checked: not valid, with its own reason, never an error an adapter could let through",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "key=webhooks_sharedkey_1,algorithm=HMAC_SHA512"}, F("unsupported_signature_algorithm"))
case("settings_header_unknown_algorithm_spelling", "HMAC-SHA256 with a hyphen is not a name the SDKs know either",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": "algorithm=HMAC-SHA256"}, F("unsupported_signature_algorithm"))
case("settings_header_unknown_algorithm_without_signature", "a request without X-Twilio-Signature is reported as that first",
     {"secret": SK, "url": H, "params": SMS, "signature_settings": "algorithm=HMAC_SHA512"}, F("missing_signature"))
case("secret_and_auth_token_together", "the secret is given once, in `auth_token` or in its alias `secret`",
     {"auth_token": TOK2, "secret": SK, "url": H, "params": SMS, "signature": good}, err={"kind": "invalid_value", "path": "args.secret"})
case("no_secret", "without a secret nothing can be checked; a configuration mistake, reported as such",
     {"url": H, "params": SMS, "signature": good}, err={"kind": "invalid_args", "path": "args.auth_token"})
case("empty_secret_is_an_error", "an empty SharedKey secret would let anyone sign",
     {"secret": "", "url": H, "params": SMS, "signature": g256, "signature_settings": SET}, err={"kind": "invalid_value", "path": "args.secret"})
case("settings_header_not_a_string", "a header value is text; anything else is a mistake in the adapter",
     {"secret": SK, "url": H, "params": SMS, "signature": g256, "signature_settings": 256}, err={"kind": "invalid_args", "path": "args.signature_settings"})
json.dump({"description": "verify_webhook_signature: Twilio's X-Twilio-Signature algorithm (HMAC-SHA1 with the Auth Token, or the HMAC named by X-Twilio-Webhooks-Signature-Settings with a SharedKey secret; base64) for form and JSON webhooks; expected signatures computed independently with Python's hmac/hashlib/base64", "cases": cases},
          open(__import__("os").path.join(__import__("os").path.dirname(__file__), "..", "..", "tests", "fixtures", "twilio_signature.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(cases))
