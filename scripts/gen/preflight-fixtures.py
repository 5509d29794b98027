#!/usr/bin/env python3
"""Builds tests/fixtures/preflight_registration.json from the cases below.

Each case names the findings it expects as (rule, field) pairs, written by hand from the
reference (registration-preflight.md) before looking at the output. The script runs every
case through the CLI (`telrules batch`) and refuses to write anything when the rules found
differ from the rules expected; only then is the full answer (messages included) stored as
the fixture's expected output, to be reviewed in the diff.

    cargo build -p telrules-cli
    python3 scripts/gen/preflight-fixtures.py "$CARGO_TARGET_DIR/debug/telrules"
"""

import copy
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

NOW = "2026-11-28T09:00:00Z"

CAMPAIGN = {
    "brand_registration_sid": "BN0123456789abcdef0123456789abcdef",
    "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION",
    "description": "Harbor Dental, a dental practice in Seattle, sends appointment reminders and visit follow-ups to patients who opted in.",
    "message_flow": "Patients opt in on our online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Consent is not a condition of purchase.\" The form links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).",
    "message_samples": [
        "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.",
        "Harbor Dental: thanks for visiting today, [first name]! Questions? Call us at (206) 555-0142. Reply STOP to opt out.",
    ],
    "has_embedded_links": False,
    "has_embedded_phone": True,
    "privacy_policy_url": "https://www.harbordental.com/privacy",
    "terms_and_conditions_url": "https://www.harbordental.com/sms-terms",
}
CAMPAIGN_CTX = {"brand_name": "Harbor Dental", "brand_type": "STANDARD", "website": "https://www.harbordental.com"}

BRAND = {
    "brand_type": "STANDARD",
    "business_name": "Harbor Dental PLLC",
    "business_type": "Limited Liability Corporation",
    "business_industry": "HEALTHCARE",
    "business_registration_identifier": "EIN",
    "business_registration_number": "91-1234567",
    "business_regions_of_operation": "USA_AND_CANADA",
    "website_url": "https://www.harbordental.com",
    "first_name": "Grace",
    "last_name": "Lee",
    "email": "grace.lee@harbordental.com",
    "phone_number": "+12065550142",
    "business_title": "Practice owner",
    "job_position": "CEO",
    "street": "1200 Harbor Ave SW",
    "city": "Seattle",
    "region": "WA",
    "postal_code": "98126",
    "iso_country": "US",
    "company_type": "private",
}

SOLE = {
    "brand_type": "SOLE_PROPRIETOR",
    "brand_name": "Maria Lopez Cleaning",
    "vertical": "CONSUMER",
    "first_name": "Maria",
    "last_name": "Lopez",
    "email": "maria.lopez.cleaning@gmail.com",
    "phone_number": "+12535550100",
    "mobile_phone_number": "+12535550100",
    "street": "88 Pine St",
    "city": "Tacoma",
    "region": "WA",
    "postal_code": "98402",
    "iso_country": "US",
}

TFV = {
    "tollfree_phone_number_sid": "PN0123456789abcdef0123456789abcdef",
    "business_name": "Harbor Dental PLLC",
    "doing_business_as": "Harbor Dental",
    "business_website": "https://www.harbordental.com",
    "notification_email": "office@harbordental.com",
    "use_case_categories": ["ACCOUNT_NOTIFICATIONS", "CUSTOMER_CARE"],
    "use_case_summary": "Harbor Dental sends appointment reminders and answers questions from patients who opted in on our online booking form.",
    "production_message_sample": "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.",
    "opt_in_image_urls": ["https://www.harbordental.com/img/sms-opt-in.png"],
    "opt_in_type": "WEB_FORM",
    "message_volume": "1,000",
    "business_type": "PRIVATE_PROFIT",
    "business_registration_number": "91-1234567",
    "business_registration_authority": "EIN",
    "business_registration_country": "US",
    "business_street_address": "1200 Harbor Ave SW",
    "business_city": "Seattle",
    "business_state_province_region": "WA",
    "business_postal_code": "98126",
    "business_country": "US",
    "business_contact_first_name": "Grace",
    "business_contact_last_name": "Lee",
    "business_contact_email": "grace.lee@harbordental.com",
    "business_contact_phone": "+12065550142",
    "opt_in_confirmation_message": "Harbor Dental: you're signed up for appointment texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
    "help_message_sample": "Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com. Reply STOP to opt out.",
    "privacy_policy_url": "https://www.harbordental.com/privacy",
    "terms_and_conditions_url": "https://www.harbordental.com/sms-terms",
    "age_gated_content": False,
}

CASES = []


def case(name, why, form, base, changes=None, remove=(), context=None, expect=(), now=NOW):
    fields = copy.deepcopy(base)
    for key in remove:
        fields.pop(key, None)
    fields.update(changes or {})
    args = {"form": form, "fields": fields}
    if context is not None:
        args["context"] = context
    args["now"] = now
    CASES.append((name, why, args, list(expect)))


# ---------------------------------------------------------------- campaign
C, X = "campaign", CAMPAIGN_CTX
case("campaign_complete_account_notifications", "a dental practice's reminder campaign with every CTA element, public opt-in link, branded samples with STOP, matching flags: nothing to fix", C, CAMPAIGN, context=X)
case("campaign_complete_marketing_with_own_link", "MARKETING use case: an offer is fine, the link is https on the brand's own domain and has_embedded_links is true", C, CAMPAIGN,
     {"us_app_to_person_usecase": "MARKETING", "has_embedded_links": True,
      "message_samples": ["Harbor Dental: 15% off whitening in May. Book at https://www.harbordental.com/whitening. Reply STOP to opt out.",
                          "Harbor Dental: your cleaning is due. Book online or call (206) 555-0142. Reply STOP to opt out."]}, context=X)
case("campaign_complete_self_managed_opt_out", "the business answers STOP and HELP itself and fills all four fields correctly", C, CAMPAIGN,
     {"opt_out_keywords": ["STOP", "CANCEL"], "opt_out_message": "Harbor Dental: you are unsubscribed and will receive no more messages.",
      "help_keywords": ["HELP", "INFO"], "help_message": "Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com."},
     context={**X, "opt_out_handling": "self"})
case("campaign_empty_form", "C-REQUIRED: the seven create fields are required (21727); the policy URLs are the unconfirmed 2026-06-30 requirement, so warnings", C, {},
     context=X, expect=[("required_field_missing", f) for f in ["brand_registration_sid", "us_app_to_person_usecase", "description", "message_flow", "message_samples", "has_embedded_links", "has_embedded_phone"]]
     + [("policy_url_missing", "privacy_policy_url"), ("policy_url_missing", "terms_and_conditions_url")])
case("campaign_description_too_short", "C-LEN-DESC: 40-4096 characters (21728)", C, CAMPAIGN, {"description": "Harbor Dental appointment reminders."}, context=X,
     expect=[("text_too_short", "description")])
case("campaign_flow_too_long", "C-LEN-FLOW: at most 2048 characters (spec 2048, not the skill's 2049)", C, CAMPAIGN,
     {"message_flow": CAMPAIGN["message_flow"] + " We keep a record of every consent." * 60}, context=X, expect=[("text_too_long", "message_flow")])
case("campaign_one_sample", "C-SAMPLES-COUNT: 2-5 samples; the dropped sample was the one with the phone number, so has_embedded_phone no longer matches (30889)", C, CAMPAIGN, {"message_samples": CAMPAIGN["message_samples"][:1]}, context=X,
     expect=[("item_count", "message_samples"), ("embedded_phone_not_in_samples", "has_embedded_phone")])
case("campaign_six_samples", "C-SAMPLES-COUNT: at most 5 samples", C, CAMPAIGN, {"message_samples": CAMPAIGN["message_samples"] * 3}, context=X,
     expect=[("item_count", "message_samples")])
case("campaign_sample_too_short", "each sample 20-1024 characters; a fragment also reads as unrealistic (21728/30893); it lacks the brand name, and the sample it replaced held the phone number (30889)", C, CAMPAIGN,
     {"message_samples": [CAMPAIGN["message_samples"][0], "See you soon!"]}, context=X,
     expect=[("sample_too_short", "message_samples[1]"), ("sample_missing_brand_name", "message_samples[1]"), ("embedded_phone_not_in_samples", "has_embedded_phone")])
case("campaign_public_shortener", "C-SAMPLE-SHORTENER: bit.ly in a sample is 30892 (links must be on an owned domain)", C, CAMPAIGN,
     {"has_embedded_links": True, "message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental: book your next visit at bit.ly/hd-book or call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("sample_public_url_shortener", "message_samples[1]")])
case("campaign_insecure_link", "30892 also covers unsecured (http) URLs in samples", C, CAMPAIGN,
     {"has_embedded_links": True, "message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental: forms for your visit: http://www.harbordental.com/forms. Call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("sample_insecure_link", "message_samples[1]")])
case("campaign_link_on_another_domain", "C-SAMPLE-DOMAIN (inferred, warning): a scheduling vendor's domain is not the brand's website", C, CAMPAIGN,
     {"has_embedded_links": True, "message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental: pick a time at https://book.schedulepro.io/harbor or call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("sample_link_off_brand_domain", "message_samples[1]")])
case("campaign_samples_without_brand", "C-SAMPLE-BRAND: Twilio's minimum is one sample naming the business (30893)", C, CAMPAIGN,
     {"message_samples": ["Reminder of your cleaning on [date] at [time]. Reply STOP to opt out.", "Thanks for visiting today! Questions? Call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("samples_missing_brand_name", "message_samples")])
case("campaign_one_sample_without_brand", "C-SAMPLE-BRAND: every sample should name the brand; one of two missing is a warning, not a blocker", C, CAMPAIGN,
     {"message_samples": [CAMPAIGN["message_samples"][0], "Thanks for visiting today! Questions? Call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("sample_missing_brand_name", "message_samples[1]")])
case("campaign_samples_without_stop", "C-SAMPLE-OPTOUT: no sample shows opt-out wording (30893)", C, CAMPAIGN,
     {"message_samples": ["Harbor Dental: reminder of your cleaning on [date] at [time].", "Harbor Dental: thanks for visiting! Questions? Call (206) 555-0142."]}, context=X,
     expect=[("samples_missing_opt_out", "message_samples")])
case("campaign_embedded_phone_without_phone", "C-EMBED-PHONE: has_embedded_phone true but no sample has a number is rejection 30889", C, CAMPAIGN,
     {"message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental: thanks for visiting today, [first name]! Reply STOP to opt out."]}, context=X,
     expect=[("embedded_phone_not_in_samples", "has_embedded_phone")])
case("campaign_phone_in_sample_not_declared", "C-EMBED-PHONE reverse direction (inferred): the flag should say what the samples show", C, CAMPAIGN,
     {"has_embedded_phone": False}, context=X, expect=[("embedded_phone_not_declared", "has_embedded_phone")])
case("campaign_embedded_links_without_link", "C-EMBED-LINK: third parties require a sample with a link when the flag is true; unconfirmed for Twilio, so a warning", C, CAMPAIGN,
     {"has_embedded_links": True}, context=X, expect=[("embedded_link_not_in_samples", "has_embedded_links")])
case("campaign_localdealmarket_no_opt_in_evidence", "public story (LocalDealMarket, 30896): a one-line flow with no link, no consent wording, no disclosures", C, CAMPAIGN,
     {"message_flow": "Customers sign up for deals on our website and agree to receive text messages."}, context=X,
     expect=[("flow_missing_opt_in_link", "message_flow"), ("cta_missing_frequency", "message_flow"), ("cta_missing_rates", "message_flow"),
             ("cta_missing_help", "message_flow"), ("cta_missing_stop", "message_flow"), ("cta_missing_privacy_policy", "message_flow"),
             ("cta_missing_terms", "message_flow"), ("consent_optional_not_stated", "message_flow")])
case("campaign_lorehex_opt_in_behind_login", "public story (Lore-Hex #567): opt-in only after signing in, so vetting saw a login form", C, CAMPAIGN,
     {"message_flow": CAMPAIGN["message_flow"].replace("on our online booking form at https://www.harbordental.com/book", "after they log in to the patient portal at https://portal.harbordental.com")},
     context=X, expect=[("flow_opt_in_behind_login", "message_flow")])
case("campaign_cta_missing_disclosures", "C-CTA-ELEMENTS: frequency (30545), rates (30569) and HELP (30570) each missing", C, CAMPAIGN,
     {"message_flow": "Patients opt in on our online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Reply STOP to opt out.\" The form links our Terms and Privacy Policy."},
     context=X, expect=[("cta_missing_frequency", "message_flow"), ("cta_missing_rates", "message_flow"), ("cta_missing_help", "message_flow")])
case("campaign_prechecked_box", "a consent box checked by default is not express consent (30508 / 30446)", C, CAMPAIGN,
     {"message_flow": CAMPAIGN["message_flow"].replace("an optional, unchecked box", "a box that is pre-checked")}, context=X,
     expect=[("consent_prechecked", "message_flow")])
case("campaign_opensplittime_consent_bundled", "public story (OpenSplitTime #1921): consent came with signing up for the service, not as a free choice", C, CAMPAIGN,
     {"message_flow": "Patients book on our online form at https://www.harbordental.com/book. By booking an appointment you agree to receive text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Terms: https://www.harbordental.com/sms-terms Privacy: https://www.harbordental.com/privacy"},
     context=X, expect=[("consent_bundled", "message_flow")])
case("campaign_keyword_opt_in_without_keyword_fields", "C-KEYWORD-OPTIN: the flow says text JOIN, so opt_in_keywords and opt_in_message are needed (30896)", C, CAMPAIGN,
     {"message_flow": CAMPAIGN["message_flow"] + " Patients can also text JOIN to (206) 555-0142 from the sign at our front desk (photo: https://www.harbordental.com/img/join-sign.jpg)."},
     context=X, expect=[("keyword_opt_in_incomplete", "opt_in_keywords"), ("keyword_opt_in_incomplete", "opt_in_message")])
case("campaign_opt_in_message_incomplete", "the opt-in confirmation must name the brand and give HELP and STOP (30540)", C, CAMPAIGN,
     {"opt_in_keywords": ["JOIN"], "opt_in_message": "Thanks! You are now subscribed to appointment reminders."}, context=X,
     expect=[("opt_in_message_incomplete", "opt_in_message")])
case("campaign_self_managed_fields_missing", "C-SELF-OPTOUT: without Twilio's opt-out handling the four STOP/HELP fields are required (30887, 30890)", C, CAMPAIGN,
     context={**X, "opt_out_handling": "self"},
     expect=[("self_managed_opt_out_incomplete", f) for f in ["opt_out_keywords", "opt_out_message", "help_keywords", "help_message"]])
case("campaign_opt_out_and_help_replies_incomplete", "opt-out reply must confirm no more texts (30887); HELP reply needs a phone or email (30890)", C, CAMPAIGN,
     {"opt_out_keywords": ["STOP"], "opt_out_message": "Harbor Dental: we got your request. Thank you!",
      "help_keywords": ["HELP"], "help_message": "Harbor Dental: we're here to help with your appointments."},
     context={**X, "opt_out_handling": "self"},
     expect=[("opt_out_message_no_confirmation", "opt_out_message"), ("help_message_incomplete", "help_message")])
case("campaign_keywords_not_alphanumeric", "keywords are single alphanumeric words (spec)", C, CAMPAIGN,
     {"opt_in_keywords": ["JOIN", "SIGN UP"], "opt_in_message": "Harbor Dental: you're in for reminders. Reply HELP for help, STOP to opt out."}, context=X,
     expect=[("keyword_invalid", "opt_in_keywords")])
case("campaign_winery_without_age_gate", "C-AGE: alcohol content needs AgeGated true and a DOB gate (30888)", C, CAMPAIGN,
     {"us_app_to_person_usecase": "MARKETING", "description": "Cedar Hill Winery sends tasting room events and wine club offers to members who opted in.",
      "message_samples": ["Cedar Hill Winery: the fall wine release party is Sat 4pm. Reply STOP to opt out.", "Cedar Hill Winery: your club shipment ships Monday. Questions? Call (509) 555-0110. Reply STOP to opt out."]},
     context={"brand_name": "Cedar Hill Winery", "brand_type": "STANDARD"}, expect=[("age_gate_missing", "age_gated")])
case("campaign_lender_without_direct_lending", "C-LENDING: lending content needs DirectLending true and DIRECT LENDING in the description (30895)", C, CAMPAIGN,
     {"description": "Harbor Dental offers patient loans for larger treatments and sends payment reminders to patients who opted in."}, context=X,
     expect=[("direct_lending_missing", "direct_lending")])
case("campaign_direct_lending_not_described", "DirectLending true but the description does not say DIRECT LENDING (30895)", C, CAMPAIGN,
     {"direct_lending": True}, context=X, expect=[("direct_lending_not_in_description", "description")])
case("campaign_cbd_content", "C-FORBIDDEN: cannabis/CBD is forbidden whatever the gate (30883)", C, CAMPAIGN,
     {"us_app_to_person_usecase": "MARKETING", "message_samples": ["Harbor Dental: new CBD gummies for jaw pain at the front desk. Reply STOP to opt out.", CAMPAIGN["message_samples"][1]]}, context=X,
     expect=[("forbidden_content", "message_samples[0]")])
case("campaign_emergency_wording", "C-EMERGENCY: emergency alerts only under the EMERGENCY use case (30929)", C, CAMPAIGN,
     {"message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental emergency alert: the clinic is closed after a flood; call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("emergency_wording", "message_samples[1]")])
case("campaign_sole_proprietor_use_case_on_standard_brand", "C-USECASE-ENUM: SOLE_PROPRIETOR only for sole-proprietor brands (21720/30903)", C, CAMPAIGN,
     {"us_app_to_person_usecase": "SOLE_PROPRIETOR"}, context=X, expect=[("use_case_sole_proprietor_mismatch", "us_app_to_person_usecase")])
case("campaign_use_case_not_offered_to_brand", "the use case must be in the brand's Usecases list (30900)", C, CAMPAIGN,
     {"us_app_to_person_usecase": "MIXED"}, context={**X, "available_use_cases": ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"]},
     expect=[("use_case_not_offered", "us_app_to_person_usecase")])
case("campaign_post_approval_use_case", "AGENTS_FRANCHISES needs carrier post-approval: a warning, not a blocker", C, CAMPAIGN,
     {"us_app_to_person_usecase": "AGENTS_FRANCHISES"}, context=X, expect=[("use_case_needs_carrier_approval", "us_app_to_person_usecase")])
case("campaign_2fa_suggests_verify", "2FA: Twilio suggests Verify, which needs no registration (info only)", C, CAMPAIGN,
     {"us_app_to_person_usecase": "2FA", "description": "Harbor Dental sends one-time login codes to patients signing in to the patient portal.",
      "message_samples": ["Harbor Dental: your login code is [code]. Reply STOP to opt out.", "Harbor Dental: your code is [code]; it expires in 10 minutes. Help: (206) 555-0142. Reply STOP to opt out."]},
     context=X, expect=[("use_case_2fa_consider_verify", "us_app_to_person_usecase")])
case("campaign_unknown_use_case", "free text is not a use case code (21720)", C, CAMPAIGN, {"us_app_to_person_usecase": "APPOINTMENTS"}, context=X,
     expect=[("value_not_allowed", "us_app_to_person_usecase")])
case("campaign_pascal_case_field_names", "fields named as the API's form parameters (MessageFlow) are not the resource's snake_case names: the value would not be sent", C, CAMPAIGN,
     {"MessageFlow": CAMPAIGN["message_flow"]}, remove=["message_flow"], context=X,
     expect=[("required_field_missing", "message_flow"), ("unknown_field", "MessageFlow")])
case("campaign_wrong_types", "a flag written as text other than true/false and samples given as one string", C, CAMPAIGN,
     {"has_embedded_phone": "yes", "message_samples": "Harbor Dental: reminder of your cleaning. Reply STOP to opt out."}, context=X,
     expect=[("wrong_type", "message_samples"), ("wrong_type", "has_embedded_phone")])
case("campaign_lorehex_policy_pages_without_sms_clauses", "public story (Lore-Hex #562): 30908 + 30882 although both pages loaded; the privacy page lacked the no-sharing clause and the terms the program details", C, CAMPAIGN,
     context={**X, "privacy_policy_text": "We collect your name, email and phone number to provide our services. We may share information with partners who help us operate.",
              "terms_text": "By using our services you agree to these terms. Contact support@harbordental.com with questions."},
     expect=[("privacy_policy_missing_no_sharing_clause", "privacy_policy_url"), ("terms_missing_program_details", "terms_and_conditions_url")])
case("campaign_policy_pages_compliant", "privacy policy with the no-sharing clause and terms with frequency, rates, HELP, STOP and a contact", C, CAMPAIGN,
     context={**X, "privacy_policy_text": "Mobile information will not be shared with third parties or affiliates for marketing or promotional purposes.",
              "terms_text": "Harbor Dental appointment texts. Message frequency varies. Msg & data rates may apply. Text HELP for help or call (206) 555-0142. Text STOP to cancel."})
case("campaign_policy_urls_missing_before_reported_date", "before 2026-06-30 the reported (unconfirmed) requirement is advice only: ready to submit", C, CAMPAIGN,
     remove=["privacy_policy_url", "terms_and_conditions_url"], context=X, now="2026-05-01T12:00:00Z",
     expect=[("policy_url_missing", "privacy_policy_url"), ("policy_url_missing", "terms_and_conditions_url")])
case("campaign_elemperor_missing_policy_links", "public story (building-repairs #31): no public privacy/terms pages at the opt-in; flow fixed later", C, CAMPAIGN,
     {"message_flow": "Customers request a quote on our online form at https://www.example-repairs.com/quote and tick an optional box to get text updates. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out."},
     remove=["privacy_policy_url", "terms_and_conditions_url"], context=X,
     expect=[("cta_missing_privacy_policy", "message_flow"), ("cta_missing_terms", "message_flow"),
             ("policy_url_missing", "privacy_policy_url"), ("policy_url_missing", "terms_and_conditions_url")])
case("campaign_not_english", "C-LANG: the description is Spanish only (30910)", C, CAMPAIGN,
     {"description": "Harbor Dental envía recordatorios de citas y mensajes de seguimiento a pacientes que aceptaron recibirlos."}, context=X,
     expect=[("text_not_english", "description")])
case("campaign_promotions_under_account_notifications", "samples with offers under a non-marketing use case (30893)", C, CAMPAIGN,
     {"message_samples": [CAMPAIGN["message_samples"][0], "Harbor Dental: get 20% off teeth whitening this month! Call (206) 555-0142. Reply STOP to opt out."]}, context=X,
     expect=[("samples_promotional_for_use_case", "message_samples[1]")])

# ---------------------------------------------------------------- brand
B = "brand"
case("brand_complete_standard", "a dental practice's standard brand: EIN in NN-NNNNNNN form, work email on the website's domain, 2-letter state", B, BRAND)
case("brand_complete_sole_proprietor", "a sole proprietor: no tax ID, no company suffix, US mobile; a personal mailbox is fine for an individual", B, SOLE)
case("brand_complete_public_company", "public company with ticker, exchange and a brand contact email for Authentication+", B, BRAND,
     {"company_type": "public", "stock_ticker": "HRBD", "stock_exchange": "NASDAQ", "brand_contact_email": "compliance@harbordental.com", "business_type": "Corporation", "business_name": "Harbor Dental Inc."})
case("brand_complete_canadian_address", "a Canadian address with a Canadian postal code", B, BRAND,
     {"street": "455 Granville St", "city": "Vancouver", "region": "BC", "postal_code": "V6C 1T1", "iso_country": "CA"})
case("brand_complete_nonprofit", "non-profit: business type Non-profit Corporation, industry NOT_FOR_PROFIT, company_type non_profit", B, BRAND,
     {"business_type": "Non-profit Corporation", "business_industry": "NOT_FOR_PROFIT", "company_type": "non_profit", "business_name": "Harbor Community Dental Clinic"})
case("brand_empty_standard", "every profile field a standard brand needs is missing (22215)", B, {},
     expect=[("required_field_missing", f) for f in ["business_name", "business_type", "business_industry", "business_registration_identifier", "business_registration_number", "website_url", "first_name", "last_name", "email", "phone_number", "business_title", "job_position", "street", "city", "region", "postal_code", "iso_country", "company_type"]])
case("brand_empty_sole_proprietor", "a sole-proprietor brand needs name, contact, address, brand name, mobile and vertical", B, {"brand_type": "SOLE_PROPRIETOR"},
     expect=[("required_field_missing", f) for f in ["first_name", "last_name", "email", "phone_number", "street", "city", "region", "postal_code", "iso_country", "brand_name", "mobile_phone_number", "vertical"]])
case("brand_ssn_instead_of_ein", "B-NAME-EIN: an SSN-shaped number is not an EIN (30795)", B, BRAND, {"business_registration_number": "123-45-6789"},
     expect=[("ein_looks_like_ssn", "business_registration_number")])
case("brand_ein_wrong_length", "an EIN has 9 digits (30795)", B, BRAND, {"business_registration_number": "91-123456"},
     expect=[("ein_format", "business_registration_number")])
case("brand_ein_without_dash_is_fine", "the TCR limit is 21 characters; the dash report is a toll-free story, not a brand rule", B, BRAND, {"business_registration_number": "911234567"})
case("brand_swoop_gmail_contact", "public story (GH-SWOOP, 18606): a personal Gmail as the representative's email", B, BRAND, {"email": "harbordental.seattle@gmail.com"},
     expect=[("email_free_mail_domain", "email")])
case("brand_email_on_another_domain", "18606: the email domain must match the website domain", B, BRAND, {"email": "grace@harbor-dental-group.com"},
     expect=[("email_domain_not_website", "email")])
case("brand_role_names", "the representative must be a real person, not 'Office Manager' / 'Support'", B, BRAND, {"first_name": "Office", "last_name": "Support"},
     expect=[("contact_name_is_a_role", "first_name"), ("contact_name_is_a_role", "last_name")])
case("brand_state_written_out", "30701 example: US region must be the 2-letter state code", B, BRAND, {"region": "Washington"},
     expect=[("us_region_not_state_code", "region")])
case("brand_bad_zip", "a US postal code is 5 digits or ZIP+4 (30754)", B, BRAND, {"postal_code": "9812"}, expect=[("postal_code_format", "postal_code")])
case("brand_country_spelled_out", "iso_country is a 2-letter code (30729/30755)", B, BRAND, {"iso_country": "USA"}, expect=[("country_not_iso_code", "iso_country")])
case("brand_industry_free_text", "business_industry is an enum; free text is rejected (30701)", B, BRAND, {"business_industry": "Dentistry"},
     expect=[("value_not_allowed", "business_industry")])
case("brand_sole_proprietorship_business_type", "Sole Proprietorship goes through the sole-proprietor path", B, BRAND, {"business_type": "Sole Proprietorship"},
     expect=[("business_type_sole_proprietorship", "business_type")])
case("brand_business_type_not_in_known_list", "the Trust Hub business type list is third-party (unconfirmed), so an unknown value is a warning", B, BRAND, {"business_type": "Professional LLC"},
     expect=[("value_not_in_known_list", "business_type")])
case("brand_public_company_without_ticker", "B-PUBLIC: ticker, exchange and brand contact email (30793/30796/21737)", B, BRAND, {"company_type": "public"},
     expect=[("public_company_incomplete", "company_type")])
case("brand_ticker_on_private_company", "stock details on a private company mismatch (30796)", B, BRAND, {"stock_ticker": "HRBD", "stock_exchange": "NASDAQ"},
     expect=[("stock_fields_for_non_public", "stock_ticker")])
case("brand_website_is_shortener", "a link shortener is not a website", B, BRAND, {"website_url": "https://bit.ly/harbordental"},
     expect=[("website_is_link_shortener", "website_url"), ("email_domain_not_website", "email")])
case("brand_website_is_facebook_page", "a social page is accepted only when established: a warning; the email domain then differs too", B, BRAND,
     {"website_url": "https://www.facebook.com/harbordental"}, expect=[("website_is_social_page", "website_url"), ("email_domain_not_website", "email")])
case("brand_website_http", "insecure website address: a warning", B, BRAND, {"website_url": "http://www.harbordental.com"}, expect=[("url_not_https", "website_url")])
case("brand_website_not_public", "a local address cannot be reviewed; the work email's domain no longer matches the website either", B, BRAND, {"website_url": "https://intranet.local/harbor"},
     expect=[("url_not_public", "website_url"), ("email_domain_not_website", "email")])
case("brand_phone_typed", "phone numbers must be E.164 (30701)", B, BRAND, {"phone_number": "(206) 555-0142"}, expect=[("phone_not_e164", "phone_number")])
case("brand_email_not_an_address", "an email field with two addresses", B, BRAND, {"email": "grace@harbordental.com, office@harbordental.com"},
     expect=[("email_invalid", "email")])
case("brand_sole_proprietor_llc_name", "B-SOLEPROP: an LLC has an EIN and cannot be a sole proprietor (30903/30915)", B, SOLE, {"brand_name": "Maria Lopez Cleaning LLC"},
     expect=[("sole_proprietor_is_registered_entity", "brand_name")])
case("brand_sole_proprietor_with_ein", "a sole proprietor has no business tax ID", B, SOLE, {"business_registration_number": "91-1234567"},
     expect=[("sole_proprietor_is_registered_entity", "business_registration_number")])
case("brand_sole_proprietor_uk_mobile", "the OTP goes to a US/CA mobile (30751)", B, SOLE, {"mobile_phone_number": "+447400123456"},
     expect=[("sole_proprietor_mobile_not_us_ca", "mobile_phone_number")])
case("brand_sole_proprietor_outside_us_ca", "sole proprietors are US/Canadian individuals", B, SOLE, {"iso_country": "MX", "region": "JAL", "postal_code": "44100"},
     expect=[("address_not_us_or_canada", "iso_country")])
case("brand_name_too_long", "legal name at most 255 characters at TCR (30701)", B, BRAND, {"business_name": "Harbor Dental " * 20 + "PLLC"},
     expect=[("text_too_long", "business_name")])
case("brand_low_volume_standard_type", "there is no LOW_VOLUME_STANDARD brand type: LVS is STANDARD with skip_automatic_sec_vet", B, BRAND, {"brand_type": "LOW_VOLUME_STANDARD"},
     expect=[("value_not_allowed", "brand_type")])
case("brand_typo_in_field_name", "webiste_url is a typo: the website would be missing", B, BRAND, {"webiste_url": "https://www.harbordental.com"}, remove=["website_url"],
     expect=[("required_field_missing", "website_url"), ("unknown_field", "webiste_url")])

# ---------------------------------------------------------------- toll-free verification
T = "tollfree_verification"
case("tollfree_complete", "a dental practice's verification: BRN with authority and country, public opt-in screenshot, branded sample with STOP, policy links", T, TFV)
case("tollfree_complete_sole_proprietor", "SOLE_PROPRIETOR needs no registration number", T, TFV,
     {"business_type": "SOLE_PROPRIETOR", "business_name": "Maria Lopez Cleaning", "doing_business_as": "Maria Lopez Cleaning",
      "production_message_sample": "Maria Lopez Cleaning: see you Tue at 9am. Reply STOP to opt out.",
      "opt_in_confirmation_message": "Maria Lopez Cleaning: you're signed up for visit texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
      "help_message_sample": "Maria Lopez Cleaning: call (253) 555-0100 for help."},
     remove=["business_registration_number", "business_registration_authority", "business_registration_country"])
case("tollfree_complete_political_with_campaign_verify", "POLITICAL_ELECTION_CAMPAIGNS with a Campaign Verify token", T, TFV,
     {"use_case_categories": ["POLITICAL_ELECTION_CAMPAIGNS"], "business_type": "NON_PROFIT", "vetting_provider": "CAMPAIGN_VERIFY", "vetting_id": "cv|1.0|tcr|10dlc|9957c339-d46f-49b7-a399-2e6d5ebac66d|GQ3EeyJ"})
case("tollfree_empty_form", "T-REQUIRED: the spec's required fields, the BRN trio (since 2026-02-17) and opt-in evidence; policy links are the AWS-reported 2026-09-15 requirement (warning)", T, {},
     expect=[("required_field_missing", f) for f in ["tollfree_phone_number_sid", "business_name", "business_website", "notification_email", "use_case_categories", "use_case_summary", "production_message_sample", "opt_in_type", "message_volume"]]
     + [("registration_number_required", f) for f in ["business_registration_number", "business_registration_authority", "business_registration_country"]]
     + [("opt_in_evidence_missing", "opt_in_image_urls"), ("policy_url_missing", "privacy_policy_url"), ("policy_url_missing", "terms_and_conditions_url")])
case("tollfree_registration_number_missing", "BRN required for every type except sole proprietors since 2026-02-17 (30527)", T, TFV,
     remove=["business_registration_number", "business_registration_authority", "business_registration_country"],
     expect=[("registration_number_required", f) for f in ["business_registration_number", "business_registration_authority", "business_registration_country"]])
case("tollfree_registration_number_missing_before_2026_02_17", "before the changelog date the BRN was optional; policy links were months from their reported date (info)", T, TFV,
     remove=["business_registration_number", "business_registration_authority", "business_registration_country", "privacy_policy_url", "terms_and_conditions_url"], now="2026-01-15T12:00:00Z",
     expect=[("policy_url_missing", "privacy_policy_url"), ("policy_url_missing", "terms_and_conditions_url")])
case("tollfree_swoop_ein_without_dash", "public story (GH-SWOOP, 30527 three times): EIN without its dash; a third-party report, so a warning", T, TFV,
     {"business_registration_number": "911234567"}, expect=[("ein_without_dash", "business_registration_number")])
case("tollfree_ssn_as_ein", "an SSN in the EIN field", T, TFV, {"business_registration_number": "123-45-6789"},
     expect=[("ein_looks_like_ssn", "business_registration_number")])
case("tollfree_political_without_token", "527 organisations need a Campaign Verify token since 2026-02-13 (30501/30826)", T, TFV,
     {"use_case_categories": ["POLITICAL_ELECTION_CAMPAIGNS"], "business_type": "NON_PROFIT"}, expect=[("political_needs_campaign_verify", "vetting_id")])
case("tollfree_swoop_verbal_without_script", "public story (GH-SWOOP, 30511): verbal opt-in described in prose, no verbatim script", T, TFV,
     {"opt_in_type": "VERBAL", "opt_in_image_urls": ["https://www.harbordental.com/img/front-desk.jpg"]}, expect=[("verbal_opt_in_needs_script", "opt_in_image_urls")])
case("tollfree_verbal_with_hosted_script", "verbal opt-in with the hosted script", T, TFV,
     {"opt_in_type": "VERBAL", "opt_in_image_urls": ["https://www.harbordental.com/docs/sms-verbal-script.pdf"]})
case("tollfree_no_opt_in_evidence", "an empty opt_in_image_urls shows reviewers nothing (30476/30842)", T, TFV, {"opt_in_image_urls": []},
     expect=[("opt_in_evidence_missing", "opt_in_image_urls")])
case("tollfree_opt_in_image_not_public", "a screenshot on a private address cannot be opened (30509)", T, TFV, {"opt_in_image_urls": ["http://192.168.1.20/optin.png"]},
     expect=[("url_not_public", "opt_in_image_urls[0]")])
case("tollfree_sample_shortener", "public URL shortener in the sample (30525: not resubmittable)", T, TFV,
     {"production_message_sample": "Harbor Dental: confirm your visit at tinyurl.com/hd-confirm. Reply STOP to opt out."},
     expect=[("sample_public_url_shortener", "production_message_sample")])
case("tollfree_sample_http_link", "non-https URL in the sample (30471)", T, TFV,
     {"production_message_sample": "Harbor Dental: confirm your visit at http://www.harbordental.com/confirm. Reply STOP to opt out."},
     expect=[("sample_insecure_link", "production_message_sample")])
case("tollfree_sample_without_business_name", "the sample must be branded (30499)", T, TFV,
     {"production_message_sample": "Reminder of your cleaning on [date] at [time]. Reply STOP to opt out."}, expect=[("sample_missing_business_name", "production_message_sample")])
case("tollfree_sample_without_stop", "no opt-out wording in the sample: a warning", T, TFV,
     {"production_message_sample": "Harbor Dental: reminder of your cleaning on [date] at [time]."}, expect=[("sample_missing_opt_out", "production_message_sample")])
case("tollfree_promotional_sample_without_marketing", "an offer in the sample but MARKETING not selected (30499/30496)", T, TFV,
     {"production_message_sample": "Harbor Dental: 20% off whitening this month! Reply STOP to opt out."}, expect=[("sample_promotional_for_categories", "production_message_sample")])
case("tollfree_fix_30482_gmail_contact", "public story (GH-FIX-30482): business email not on the official domain", T, TFV, {"business_contact_email": "harbordental@gmail.com"},
     expect=[("email_free_mail_domain", "business_contact_email")])
case("tollfree_swoop_notification_gmail", "public story (GH-SWOOP): the console reset the notification email to a personal Gmail; flagged as a mismatch", T, TFV,
     {"notification_email": "grace.lee.personal@gmail.com"}, expect=[("notification_email_free_mail", "notification_email")])
case("tollfree_contact_is_a_role", "the contact must be a person authorised for the business (30483/30801)", T, TFV,
     {"business_contact_first_name": "Front", "business_contact_last_name": "Office"}, expect=[("contact_name_is_a_role", "business_contact_last_name")])
case("tollfree_address_outside_us_ca", "the address must be in the US or Canada (30451)", T, TFV,
     {"business_country": "GB", "business_state_province_region": "London", "business_postal_code": "SW1A 1AA"}, expect=[("address_not_us_or_canada", "business_country")])
case("tollfree_state_written_out", "state must be its 2-letter code for a US address", T, TFV, {"business_state_province_region": "Washington"},
     expect=[("us_region_not_state_code", "business_state_province_region")])
case("tollfree_sole_proprietor_llc", "a sole-proprietor claim for a registered entity (30915 since 2026-07-17)", T, TFV,
     {"business_type": "SOLE_PROPRIETOR"}, remove=["business_registration_number", "business_registration_authority", "business_registration_country"],
     expect=[("sole_proprietor_is_registered_entity", "business_type")])
case("tollfree_via_text_without_confirmation", "a keyword (via text) opt-in needs the confirmation message (30503/30540)", T, TFV,
     {"opt_in_type": "VIA_TEXT", "opt_in_keywords": ["JOIN"]}, remove=["opt_in_confirmation_message"],
     expect=[("keyword_opt_in_incomplete", "opt_in_confirmation_message")])
case("tollfree_openinspection_confirmation_incomplete", "public story (OpenInspection #192): no frequency, no HELP in the confirmation", T, TFV,
     {"opt_in_confirmation_message": "Harbor Dental: you're signed up. Msg & data rates may apply. Reply STOP to opt out."},
     expect=[("opt_in_confirmation_incomplete", "opt_in_confirmation_message")])
case("tollfree_help_sample_without_contact", "HELP reply needs brand and contact (30486): a warning on toll-free", T, TFV,
     {"help_message_sample": "Harbor Dental: we're happy to help."}, expect=[("help_message_incomplete", "help_message_sample")])
case("tollfree_liquor_without_age_gate", "alcohol needs age_gated_content and a DOB gate (30448/30529)", T, TFV,
     {"use_case_summary": "Harbor Liquor sends order-ready notices to customers who opted in at checkout.", "business_name": "Harbor Liquor LLC", "doing_business_as": "Harbor Liquor",
      "production_message_sample": "Harbor Liquor: your order is ready for pickup. Reply STOP to opt out.",
      "opt_in_confirmation_message": "Harbor Liquor: you're signed up for order texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.",
      "help_message_sample": "Harbor Liquor: for help call (206) 555-0142.",
      "business_website": "https://www.harborliquor.com", "notification_email": "office@harborliquor.com", "business_contact_email": "grace@harborliquor.com"},
     expect=[("age_gate_missing", "age_gated_content")])
case("tollfree_many_numbers_without_reason", "more than 5 numbers per business need a reason (30479/30807)", T, TFV, context={"tollfree_numbers_for_business": 8},
     expect=[("too_many_numbers_without_reason", "additional_information")])
case("tollfree_volume_not_a_number", "message_volume is an estimate of messages per month", T, TFV, {"message_volume": "a lot"},
     expect=[("message_volume_unrecognised", "message_volume")])
case("tollfree_values_not_in_enums", "T-ENUMS: opt-in type and categories are enums", T, TFV, {"opt_in_type": "ONLINE", "use_case_categories": ["ACCOUNT_NOTIFICATIONS", "APPOINTMENTS"]},
     expect=[("value_not_allowed", "opt_in_type"), ("value_not_allowed", "use_case_categories[1]")])
case("tollfree_malformed_number_sid", "TollfreePhoneNumberSid is PN + 32 hex (30436)", T, TFV, {"tollfree_phone_number_sid": "+18335550199"},
     expect=[("sid_malformed", "tollfree_phone_number_sid")])
case("tollfree_prechecked_checkbox_in_summary", "a pre-checked consent box described in the summary (30508)", T, TFV,
     {"use_case_summary": "Harbor Dental sends appointment reminders to patients; the SMS checkbox on our booking form is checked by default."},
     expect=[("consent_prechecked", "use_case_summary")])


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/debug/telrules"
    lines = "\n".join(json.dumps({"op": "preflight_registration", "args": args}) for _, _, args, _ in CASES) + "\n"
    answers = subprocess.run([binary, "batch"], input=lines, capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(answers) == len(CASES)
    bad = 0
    out = []
    for (name, why, args, expect), answer in zip(CASES, answers):
        got = json.loads(answer)
        found = Counter((f["rule"], f["field"]) for f in got.get("ok", {}).get("findings", []))
        want = Counter(expect)
        if "ok" not in got or found != want:
            bad += 1
            print(f"{name}:\n  missing {dict(want - found)}\n  extra   {dict(found - want)}\n  {answer[:300] if 'ok' not in got else ''}")
        out.append({"name": name, "why": why, "request": {"op": "preflight_registration", "args": args}, "expect": got})
    kinds = Counter(args["form"] for _, _, args, _ in CASES)
    print(f"{len(CASES)} cases {dict(kinds)}; {bad} disagree")
    if bad:
        sys.exit(1)
    path = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "preflight_registration.json"
    doc = {"description": "preflight_registration: brand, campaign and toll-free verification forms, good and bad, including the public rejection stories of the reference; each case says why its findings are expected (generated by scripts/gen/preflight-fixtures.py, which checks the rules found against the rules expected)", "cases": out}
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
