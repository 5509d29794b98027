# The check_message corpus: tests/fixtures/check_message.json.
#
# Each case below is a realistic outbound message with its context, WHY it is interesting,
# and the findings it SHOULD get (rule and severity), reasoned from the reference
# (content-throughput-cost.md part A) and written here by hand before running anything.
# The script asks the CLI for the full answer (message wording, segments, Smart Encoding),
# refuses to write the file if any answer's findings differ from the hand-written ones,
# and then stores the answers as the fixtures' expectations (review the diff).
#
# Run: cargo build -p telrules-cli && python3 scripts/gen/check-message-corpus.py
# (needs TELRULES_BIN or target/debug/telrules; standard library only).
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("TELRULES_BIN") or os.path.join(
    os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "debug", "telrules")

ORGS = {
    "dental": {"name": "Harbor Dental", "domain": "harbordental.com"},
    "salon": {"name": "Maple Street Salon", "domain": "maplestreetsalon.com"},
    "pizza": {"name": "Joe's Pizza", "domain": "joespizza.com"},
    "plumb": {"name": "Rivera Plumbing & Heating LLC", "domain": "https://www.riveraplumbing.com/"},
    "gym": {"name": "Northside Gym", "domain": "northsidegym.com"},
    "realty": {"name": "Oak & Pine Realty", "domain": "oakpinerealty.com"},
    "vet": {"name": "Lakeview Vet", "domain": "lakeviewvet.com"},
    "tutor": {"name": "Bright Path Tutoring", "domain": "brightpath.org"},
    "auto": {"name": "Summit Auto Care", "domain": "summitauto.ca"},
    "pharm": {"name": "Cedar Pharmacy", "domain": "cedarpharmacy.com"},
    "bistro": {"name": "Harbor Bistro", "domain": "harborbistro.com"},
    "shop": {"name": "Willow & Thread", "domain": "willowandthread.co.uk"},
    "church": {"name": "Grace Community Church", "domain": "gracecc.org"},
}
CAMPAIGN = {"us_app_to_person_usecase": "MIXED", "has_embedded_links": True,
            "has_embedded_phone": True, "age_gated": False}
US = "+14155550100"
CA = "+14165550123"

E, W, I = "error", "warning", "info"
cases = []


def msg(name, why, body, expect, org="dental", first=True, cls="marketing", campaign=None,
        sender="local", to=US, channel=None, media=None, drop=()):
    args = {"body": body}
    if channel:
        args["channel"] = channel
    if media is not None:
        args["media"] = media
    args["first_message"] = first
    args["message_class"] = cls
    if org is not None:
        args["org"] = ORGS[org] if isinstance(org, str) else org
    args["campaign"] = dict(CAMPAIGN, **(campaign or {}))
    if sender:
        args["sender_type"] = sender
    if to:
        args["to"] = to
    for key in drop:
        args.pop(key, None)
    cases.append({"name": name, "why": why, "args": args, "want": expect})


def err(name, why, args, path):
    cases.append({"name": name, "why": why, "args": args, "want_error": path})


STOP = " Reply STOP to opt out."

# --- Clean messages: nothing above info ------------------------------------------------------
msg("clean_dental_reminder_first", "first message that names the brand, links to its own domain and says Reply STOP: nothing to report",
    "Harbor Dental: your cleaning is Tue 11/3 at 9am. Details: harbordental.com/visit" + STOP, [])
msg("clean_salon_welcome", "a welcome text with brand, frequency, rates and a standard opt-out is what carriers expect first",
    "Maple Street Salon: thanks for joining our text list! Up to 4 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel.", [], org="salon")
msg("clean_pizza_follow_up_marketing", "a later marketing text needs the brand but not the opt-out line every time (Twilio: not needed in every message)",
    "Joe's Pizza: 2 large pies for $25 tonight only. Order at joespizza.com", [], org="pizza", first=False)
msg("clean_plumber_legal_suffix_dropped", "the org is registered as '... LLC' but texts say 'Rivera Plumbing & Heating': legal forms do not count against identification",
    "Rivera Plumbing & Heating: your technician Sam arrives between 1-3pm today." + STOP, [], org="plumb", cls="informational")
msg("clean_plumber_www_link_same_domain", "a www. link on the org's own domain is branded (domain compared without www)",
    "Rivera Plumbing & Heating: invoice ready at www.riveraplumbing.com/pay/8812", [], org="plumb", first=False, cls="informational")
msg("clean_gym_subdomain_link", "a subdomain of the org's own domain is still the org's domain",
    "Northside Gym: new class schedule is up at book.northsidegym.com" + STOP, [], org="gym")
msg("clean_conversational_reply", "a reply inside a conversation the customer started needs no brand and no opt-out line",
    "Sure, 3pm on Thursday works. See you then!", [], first=False, cls="conversational")
msg("clean_conversational_short", "short conversational answer: nothing to check",
    "Yes, we take walk-ins until 6.", [], org="salon", first=False, cls="conversational")
msg("clean_vet_informational", "informational reminder with brand: nothing to report",
    "Lakeview Vet: Bella is due for her rabies shot. Call us to book.", [], org="vet", first=False, cls="informational")
msg("clean_vet_phone_declared", "a phone number is fine when the campaign declared embedded phone numbers",
    "Lakeview Vet: Bella is due for her rabies shot. Call (415) 555-0142 to book.", [], org="vet", first=False, cls="informational")
msg("clean_tutor_first_with_help", "tutoring welcome with standard STOP keyword in a 'Text STOP' form",
    "Bright Path Tutoring: session reminders start next week. Text STOP to end, HELP for help.", [], org="tutor", cls="informational")
msg("clean_canada_auto_informational", "Canadian recipient, nothing age-gated: no Canada finding",
    "Summit Auto Care: your winter tires are ready for pickup." + STOP, [], org="auto", cls="informational", to=CA)
msg("clean_pharmacy_prescription_ready", "'prescription' alone is not a forbidden term: only offers without one are",
    "Cedar Pharmacy: your prescription is ready for pickup at the Main St store.", [], org="pharm", first=False, cls="informational")
msg("clean_church_event", "a community event notice with brand and opt-out",
    "Grace Community Church: food drive this Saturday 9-12. Volunteers welcome!" + STOP, [], org="church", cls="informational")
msg("clean_realty_open_house", "brand written with & in the org name and text",
    "Oak & Pine Realty: open house Sun 1-4pm at 22 Elm St. Details at oakpinerealty.com/22elm", [], org="realty", first=False)
msg("clean_uk_domain", "co.uk registrable domain: shop.willowandthread.co.uk is the same brand domain",
    "Willow & Thread: new yarn just landed at shop.willowandthread.co.uk" + STOP, [], org="shop")
msg("clean_two_factor_code", "a one-time code that names the brand; six digits are not a phone number",
    "Harbor Dental: your login code is 482913. It expires in 10 minutes.", [], first=False, cls="informational")
msg("clean_order_number_not_phone", "a ten-digit order number after # is not a phone number",
    "Willow & Thread: order #4155550123 has shipped.", [], org="shop", first=False, cls="informational",
    campaign={"has_embedded_phone": False})
msg("clean_date_time_not_phone", "dates and times are not phone numbers",
    "Harbor Dental: see you 11/28/2026 at 10:30.", [], first=False, cls="informational", campaign={"has_embedded_phone": False})
msg("clean_short_code_keyword_not_phone", "a five-digit short code is not an embedded phone number",
    "Harbor Dental: text JOIN to 55555 for our monthly tips.", [], first=False, campaign={"has_embedded_phone": False})
msg("clean_opt_out_quoted_keyword", "a quoted keyword ('Reply \"STOP\"') is a standard instruction",
    "Maple Street Salon: 15% off color this week. Reply \"STOP\" to opt out.", [], org="salon")
msg("clean_opt_out_lowercase", "case does not matter for the keyword",
    "Maple Street Salon: 15% off color this week. reply stop to unsubscribe", [], org="salon")
msg("clean_opt_out_unsubscribe_keyword", "UNSUBSCRIBE is one of Twilio's standard keywords",
    "Northside Gym: spin class added Fridays 6am. Reply UNSUBSCRIBE to stop these texts.", [], org="gym")
msg("clean_opt_out_end_keyword", "END is a standard keyword",
    "Northside Gym: pool closed Monday for cleaning. Reply END to stop alerts.", [], org="gym", cls="informational")
msg("clean_opt_out_cancel_keyword", "CANCEL is a standard keyword",
    "Bright Path Tutoring: spring sign-ups open. Reply CANCEL to opt out.", [], org="tutor")
msg("clean_opt_out_quit_keyword", "QUIT is a standard keyword",
    "Bright Path Tutoring: reading club starts Monday. Txt QUIT to unsubscribe.", [], org="tutor", cls="informational")
msg("clean_opt_out_stopall", "STOPALL is a standard keyword",
    "Grace Community Church: choir practice moved to 7pm. Reply STOPALL to stop all texts.", [], org="church", cls="informational")
msg("clean_opt_out_opt_out_two_words", "OPT OUT (the FCC's per se wording) counts as standard",
    "Grace Community Church: bake sale Sunday after service. Reply OPT OUT to unsubscribe.", [], org="church")
msg("clean_spanish_first", "Spanish message: the STOP keyword after 'Responda' is standard",
    "Harbor Dental: su cita es el martes a las 9. Responda STOP para cancelar mensajes.", [])
msg("clean_french_canada_arret", "Canadian French: ARRÊT is the CWTA keyword and counts as standard",
    "Summit Auto Care : vos pneus d'hiver sont prêts. Répondez ARRÊT pour vous désabonner.", [("ucs2_encoding", I), ("multiple_segments", I)],
    org="auto", cls="informational", to=CA)
msg("clean_age_gated_wine_us", "alcohol is allowed in a campaign declared age-gated, to a US number",
    "Harbor Bistro: new wine list tonight, 21+ only." + STOP, [], org="bistro", campaign={"age_gated": True})
msg("clean_stop_by_is_not_opt_out", "'stop by' is a visit, not an opt-out instruction; first message still has a real one",
    "Joe's Pizza: stop by for a free slice on your birthday!" + STOP, [], org="pizza")
msg("clean_appointment_cancel_reply", "'Reply C to confirm or X to cancel' cancels an appointment, not the texts: not a non-standard opt-out",
    "Harbor Dental: confirm your visit Tue 9am? Reply C to confirm or X to cancel.", [], first=False, cls="informational")
msg("clean_appointment_cancel_instruction_first", "an appointment cancel code next to a real STOP instruction",
    "Harbor Dental: visit Tue 9am. Reply 1 to confirm, 2 to cancel." + STOP, [], cls="informational")
msg("clean_glued_brand", "the brand written without spaces still identifies the sender",
    "HarborDental reminder: cleaning Tue 9am." + STOP, [], cls="informational")
msg("clean_toll_free_notice", "toll-free sender, plain informational text",
    "Cedar Pharmacy: flu shots available daily, no appointment needed." + STOP, [], org="pharm", sender="toll_free", cls="informational")
msg("clean_exactly_160_gsm", "160 GSM-7 characters fit one segment",
    "Harbor Dental: " + "x" * 145, [], first=False, cls="informational")
msg("clean_https_own_link", "an https link on the brand's domain",
    "Joe's Pizza: track your order at https://joespizza.com/t/8812", [], org="pizza", first=False, cls="informational")
msg("clean_email_is_not_a_link", "an email address is not a link, so no domain check and no undeclared-link warning",
    "Harbor Dental: questions? write to frontdesk@gmail.com", [], first=False, cls="informational", campaign={"has_embedded_links": False})
msg("clean_abbreviations_not_links", "e.g., a.m. and U.S. are not links",
    "Harbor Dental: open 8 a.m. to 5 p.m., e.g. for U.S. holidays call ahead.", [], first=False, cls="informational",
    campaign={"has_embedded_links": False})

# --- Length ------------------------------------------------------------------------------------
msg("over_1600_characters", "Twilio refuses bodies over 1,600 characters (21617), a hard rule; the 320 warning is not repeated",
    "Harbor Dental: " + "Our newsletter. " * 100 + STOP.strip(), [("body_over_1600_characters", E), ("multiple_segments", I)])
msg("exactly_1600_characters", "1,600 characters is still accepted; over 320 is guidance",
    "Harbor Dental: " + "a" * 1585, [("body_over_320_characters", W), ("multiple_segments", I)], first=False)
msg("over_320_characters", "Twilio recommends at most 320 characters (guidance): a warning, plus the segment count",
    "Harbor Dental: " + "We have updated our office hours and parking rules for the holidays. " * 5 + STOP.strip(),
    [("body_over_320_characters", W), ("multiple_segments", I)])
msg("exactly_320_characters", "320 characters is within the guidance; still 3 segments in GSM-7",
    "Harbor Dental: " + "b" * 305, [("multiple_segments", I)], first=False)
msg("two_segments_161", "161 GSM-7 characters cost two segments: info only",
    "Harbor Dental: " + "c" * 146, [("multiple_segments", I)], first=False)
msg("over_1600_ucs2", "a long UCS-2 body: over 1,600, UCS-2 and many segments",
    "Harbor Dental 😀 " + "d" * 1600, [("body_over_1600_characters", E), ("ucs2_encoding", I), ("multiple_segments", I)], first=False)

# --- Encoding ----------------------------------------------------------------------------------
msg("emoji_forces_ucs2", "one emoji makes the whole text UCS-2: a cost fact, info",
    "Joe's Pizza: pizza party Friday 🍕" + STOP, [("ucs2_encoding", I)], org="pizza")
msg("curly_quotes_smart_encoding_saves", "curly quotes force UCS-2 and push it to 3 segments; Smart Encoding would keep it at 1",
    "Maple Street Salon: we’re “booked” most of next week — book early! Call or book online any time today, we have a few chairs left for color and cuts." + STOP,
    [("ucs2_encoding", I), ("multiple_segments", I)], org="salon")
msg("em_dash_only", "an em dash alone forces UCS-2; Smart Encoding replaces it",
    "Harbor Dental: closed Monday — open Tuesday." + STOP, [("ucs2_encoding", I)])
msg("accented_spanish_ucs2", "á and ó are not in GSM-7 and Smart Encoding does not replace them",
    "Harbor Dental: su cita es mañana a las 9. Llámenos si necesita cambiarla. Responda STOP para cancelar.",
    [("ucs2_encoding", I), ("multiple_segments", I)])
msg("gsm_accents_stay_gsm", "é, è, ñ and ü are in the GSM-7 alphabet: no UCS-2",
    "Harbor Dental: café? No: niño, señor, über cleaning." + STOP, [])
msg("euro_sign_to_us", "an older Twilio US guideline advises against € toward the US",
    "Willow & Thread: wool sale, all skeins €5." + STOP, [("euro_sign_to_us", W)], org="shop")
msg("euro_sign_to_canada", "the euro-sign guidance is about US handsets only",
    "Summit Auto Care: EU parts now €40 cheaper." + STOP, [], org="auto", to=CA)
msg("mixed_emoji_and_quotes", "Smart Encoding fixes the quotes but not the emoji, so it stays UCS-2",
    "Northside Gym: “Beast mode” class 💪 Sat 8am." + STOP, [("ucs2_encoding", I)], org="gym")

# --- Shared shorteners and link branding --------------------------------------------------------
msg("bitly_link", "bit.ly is a shared public shortener Twilio names: carriers filter it (hard per Twilio's wording)",
    "Harbor Dental: book online at bit.ly/hd-book" + STOP, [("public_url_shortener", E)])
msg("tinyurl_https", "tinyurl.com with https is still a shared shortener",
    "Joe's Pizza: menu at https://tinyurl.com/joes-menu" + STOP, [("public_url_shortener", E)], org="pizza")
msg("tco_link", "t.co is on Telnyx's list of shortener domains filters block",
    "Northside Gym: see our post t.co/abc123" + STOP, [("public_url_shortener", E)], org="gym")
msg("rebrandly_shared_domain", "rebrand.ly's shared domain (not a custom one) is a public shortener",
    "Oak & Pine Realty: listing rebrand.ly/elm22" + STOP, [("public_url_shortener", E)], org="realty")
msg("cuttly_uppercase", "host case does not matter: CUTT.LY is cutt.ly (reseller list)",
    "Maple Street Salon: deals at CUTT.LY/salon" + STOP, [("public_url_shortener", E)], org="salon")
msg("branch_app_link_subdomain", "a subdomain of a listed shared host (app.link) is shared too",
    "Northside Gym: get the app at northside.app.link/join" + STOP, [("public_url_shortener", E)], org="gym")
msg("two_shorteners", "each shortener link is reported",
    "Joe's Pizza: menu bit.ly/jm and deals ow.ly/jd" + STOP, [("public_url_shortener", E), ("public_url_shortener", E)], org="pizza")
msg("shortener_without_org_domain", "the shortener rule needs no org domain",
    "Harbor Dental: book at is.gd/hdbook" + STOP, [("public_url_shortener", E)],
    org={"name": "Harbor Dental"})
msg("third_party_domain", "a link to someone else's domain is not 'properly branded' (T-Mobile code of conduct, policy)",
    "Harbor Dental: book at calendly.com/harbordental" + STOP, [("link_domain_mismatch", W)])
msg("lookalike_domain", "harbordental-offers.com is a different registrable domain",
    "Harbor Dental: offers at harbordental-offers.com" + STOP, [("link_domain_mismatch", W)])
msg("branded_short_domain_other_domain", "a branded short domain that is not the org's configured domain still differs; the fix suggests using one's own",
    "Joe's Pizza: order at jpz.io/now" + STOP, [("link_domain_mismatch", W)], org="pizza")
msg("no_org_domain_no_branding_check", "without an org domain, only shorteners are checked",
    "Harbor Dental: book at calendly.com/harbordental" + STOP, [], org={"name": "Harbor Dental"})
msg("http_ip_link", "a link to a raw IP address is not the brand's domain",
    "Harbor Dental: forms at http://203.0.113.7/forms" + STOP, [("link_domain_mismatch", W)])
msg("shortener_and_mismatch", "a shortener and a foreign link: an error and a warning",
    "Northside Gym: join bit.ly/ng or see mindbodyonline.com/ng" + STOP,
    [("public_url_shortener", E), ("link_domain_mismatch", W)], org="gym")

# --- Declared links and phone numbers -----------------------------------------------------------
msg("link_not_declared", "the campaign declared no embedded links but the text has one",
    "Harbor Dental: book at harbordental.com/book" + STOP, [("link_not_declared", W)], campaign={"has_embedded_links": False})
msg("phone_not_declared", "the campaign declared no embedded phone numbers but the text has one",
    "Harbor Dental: call 415-555-0123 to book." + STOP, [("phone_not_declared", W)], campaign={"has_embedded_phone": False})
msg("phone_parenthesised_not_declared", "(415) 555-0123 is a phone number in the usual grouping",
    "Harbor Dental: call (415) 555-0123 to book." + STOP, [("phone_not_declared", W)], campaign={"has_embedded_phone": False})
msg("toll_free_phone_not_declared", "1-800 numbers are phone numbers too",
    "Cedar Pharmacy: refill line 1-800-555-0199." + STOP, [("phone_not_declared", W)], org="pharm",
    campaign={"has_embedded_phone": False})
msg("seven_digit_phone_not_declared", "a seven-digit local number 555-0142 counts",
    "Lakeview Vet: front desk 555-0142." + STOP, [("phone_not_declared", W)], org="vet", cls="informational",
    campaign={"has_embedded_phone": False})
msg("both_not_declared", "link and phone both undeclared",
    "Harbor Dental: call 4155550123 or visit harbordental.com" + STOP, [("link_not_declared", W), ("phone_not_declared", W)],
    campaign={"has_embedded_links": False, "has_embedded_phone": False})
msg("declaration_unknown", "a campaign that says nothing about links or phones gets no declaration findings",
    "Harbor Dental: call 4155550123 or visit harbordental.com" + STOP, [],
    campaign={"has_embedded_links": None, "has_embedded_phone": None})
msg("international_phone_not_declared", "+44 numbers are phone numbers",
    "Willow & Thread: UK shop line +44 20 7946 0958." + STOP, [("phone_not_declared", W)], org="shop",
    campaign={"has_embedded_phone": False})

# --- Sender identification ----------------------------------------------------------------------
msg("first_message_no_brand", "the first message must identify the sender (Twilio Messaging Policy)",
    "Your cleaning is Tue 9am." + STOP, [("missing_sender_identification", W)], cls="informational")
msg("marketing_no_brand_follow_up", "every marketing message identifies the sender, not only the first",
    "20% off whitening this week only!", [("missing_sender_identification", W)], first=False)
msg("informational_no_brand_follow_up", "informational texts must identify the sender too",
    "Reminder: cleaning Tue 9am.", [("missing_sender_identification", W)], first=False, cls="informational")
msg("partial_brand_name", "'Harbor' alone does not identify 'Harbor Dental'",
    "Harbor: cleaning Tue 9am." + STOP, [("missing_sender_identification", W)], cls="informational")
msg("brand_only_in_link", "the brand is readable in its own domain (harbordental.com folds to the words HARBORDENTAL COM, and the name written without spaces matches): counted as identified",
    "Cleaning Tue 9am. harbordental.com/visit" + STOP, [], cls="informational")
msg("no_org_first_message", "without an org name the check says it could not look for the sender",
    "Your cleaning is Tue 9am." + STOP, [("sender_identification_unchecked", I)], org=None)
msg("no_org_follow_up", "no org and not a first message: nothing to say about identification",
    "Your cleaning is Tue 9am.", [], org=None, first=False, cls="informational")
msg("brand_with_apostrophe_variants", "Joe’s (curly apostrophe) matches Joe's",
    "Joe’s Pizza: late night slices till 2am." + STOP, [("ucs2_encoding", I)], org="pizza")
msg("brand_in_caps", "case does not matter for the brand",
    "NORTHSIDE GYM: holiday hours posted." + STOP, [], org="gym", cls="informational")

# --- Opt-out ----------------------------------------------------------------------------------
msg("first_message_no_opt_out", "the first message must carry a standard opt-out instruction",
    "Harbor Dental: welcome! We'll text you appointment reminders.", [("missing_opt_out", W)], cls="informational")
msg("first_message_nothing", "neither brand nor opt-out in a first message",
    "Welcome! We'll text you appointment reminders.", [("missing_sender_identification", W), ("missing_opt_out", W)],
    cls="informational")
msg("text_2_to_stop", "'Text 2 to stop' is Twilio's own example of non-compliant opt-out text that will be filtered",
    "Harbor Dental: spring whitening special. Text 2 to stop.", [("missing_opt_out", W), ("non_standard_opt_out", W)])
msg("reply_n_to_opt_out", "N is not a standard keyword",
    "Maple Street Salon: new stylist joining! Reply N to opt out.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="salon")
msg("reply_no_to_be_removed", "NO is not a standard keyword",
    "Joe's Pizza: Tuesday deal $9.99 pies. Reply NO to be removed.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="pizza")
msg("reply_remove", "REMOVE is not a standard keyword",
    "Oak & Pine Realty: new listings in your area. Reply REMOVE.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="realty")
msg("purpose_first_non_standard", "'To opt out, reply 9' puts the purpose first",
    "Northside Gym: new hours. To opt out, reply 9.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="gym")
msg("opt_out_by_replying_n", "'Opt out by replying N' is non-standard",
    "Northside Gym: summer camp signups open. Opt out by replying N.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="gym")
msg("stop2end_glued", "STOP2END makes the recipient send a word that is not STOP",
    "Bright Path Tutoring: SAT prep starts soon. Txt STOP2END", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="tutor")
msg("misspelled_st0p", "a deliberately misspelled keyword (ST0P with a zero) is filter evasion",
    "Bright Path Tutoring: SAT prep starts soon. Reply ST0P to unsubscribe.", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="tutor")
msg("non_standard_follow_up", "non-standard opt-out wording is flagged in any message, not only the first",
    "Joe's Pizza: 2-for-1 Tuesday. Text OFF to stop msgs.", [("non_standard_opt_out", W)], org="pizza", first=False)
msg("standard_and_non_standard", "a standard keyword does not excuse a non-standard one beside it",
    "Joe's Pizza: 2-for-1 Tuesday. Reply STOP to opt out or text 2 to stop.", [("non_standard_opt_out", W)], org="pizza")
msg("cancel_alerts_non_standard", "'Reply 9 to cancel these alerts' is about the texts: non-standard",
    "Cedar Pharmacy: refill alerts are on. Reply 9 to cancel these alerts.", [("missing_opt_out", W), ("non_standard_opt_out", W)],
    org="pharm", cls="informational")
msg("unsubscribe_colon_reply_no", "'Unsubscribe: reply NO' is non-standard",
    "Willow & Thread: weekly patterns inside. Unsubscribe: reply NO", [("missing_opt_out", W), ("non_standard_opt_out", W)], org="shop")
msg("reply_to_this_text_is_not_an_instruction", "'reply to this text' names no keyword: the first message still lacks one",
    "Harbor Dental: questions? Just reply to this text.", [("missing_opt_out", W)], cls="informational")
msg("stop_in_prose_not_instruction", "'Thanks for your reply. Stop in tomorrow' is prose, not an instruction",
    "Harbor Dental: thanks for your reply. Stop in tomorrow for your whitening kit!", [("missing_opt_out", W)])
msg("send_end_prose", "'send end-of-month statements' is prose, not 'send END'",
    "Harbor Dental: we now send end of month statements by email.", [("missing_opt_out", W)], cls="informational")

# --- Forbidden and age-gated content --------------------------------------------------------------
msg("cbd_forbidden", "CBD is forbidden whatever the message or age gate (30860)",
    "Harbor Dental: try our new CBD mints after your visit." + STOP, [("forbidden_content", W)])
msg("cannabis_dispensary", "cannabis dispensary promotion: forbidden business type",
    "Green Leaf: 20% off at the dispensary this weekend." + STOP, [("forbidden_content", W)],
    org={"name": "Green Leaf", "domain": "greenleaf.com"})
msg("vape_forbidden_even_age_gated", "tobacco and vape are not allowed regardless of age gating (30878, newer Twilio text)",
    "Cloud Nine: new vape flavors in store, 21+." + STOP, [("forbidden_content", W)],
    org={"name": "Cloud Nine", "domain": "cloudnine.com"}, campaign={"age_gated": True})
msg("cigars_plural", "the plural 'cigars' matches 'cigar'",
    "Harbor Bistro: cigars on the patio Friday." + STOP, [("forbidden_content", W)], org="bistro")
msg("e_cig_hyphenated", "'e-cig' folds to 'E CIG'",
    "Corner Mart: e-cig refills restocked." + STOP, [("forbidden_content", W)], org={"name": "Corner Mart"})
msg("firearms_forbidden", "firearms are never allowed per the newer Twilio text, age gate or not",
    "Ridge Outfitters: rifle and ammo sale this weekend." + STOP, [("forbidden_content", W)],
    org={"name": "Ridge Outfitters"}, campaign={"age_gated": True})
msg("sex_content", "adult content is forbidden and no age gate helps (30873)",
    "Velvet Club: adult entertainment every Friday." + STOP, [("forbidden_content", W)], org={"name": "Velvet Club"})
msg("payday_loan", "payday loans are high-risk financial services (30867)",
    "QuickCash: payday loans approved in minutes, no credit check." + STOP, [("forbidden_content", W)], org={"name": "QuickCash"})
msg("crypto_offer", "crypto promotions fall under high-risk finance",
    "Harbor Dental: we now accept bitcoin!" + STOP, [("forbidden_content", W)])
msg("debt_relief", "third-party debt relief is forbidden (30863)",
    "ClearPath: cut your card balances with our debt relief plan." + STOP, [("forbidden_content", W)], org={"name": "ClearPath"})
msg("credit_repair", "credit repair counts with debt relief",
    "ClearPath: credit repair consultations free this week." + STOP, [("forbidden_content", W)], org={"name": "ClearPath"})
msg("mlm_get_rich", "get-rich-quick and MLM wording",
    "Be your own boss and earn passive income from home!" + STOP, [("forbidden_content", W), ("sender_identification_unchecked", I)], org=None)
msg("prescription_without", "prescription drugs offered without a prescription",
    "MedDirect: meds shipped fast, no prescription needed." + STOP, [("forbidden_content", W)], org={"name": "MedDirect"})
msg("fireworks", "fireworks are a forbidden category",
    "Boom Depot: fireworks tent opens July 1." + STOP, [("forbidden_content", W)], org={"name": "Boom Depot"})
msg("alcohol_not_gated", "alcohol needs a campaign declared age-gated",
    "Harbor Bistro: half-price wine and craft beers tonight." + STOP, [("age_gate_required", W)], org="bistro")
msg("alcohol_happy_hour", "'happy hour' is an alcohol term",
    "Harbor Bistro: happy hour 4-6pm all week." + STOP, [("age_gate_required", W)], org="bistro")
msg("alcohol_to_canada_gated", "age-gated alcohol to Canada is blocked without a carrier exemption, gate or not (hard)",
    "Harbor Bistro: new wine list, 21+ only." + STOP, [("age_gated_content_to_canada", E)], org="bistro",
    campaign={"age_gated": True}, to=CA)
msg("alcohol_to_canada_not_gated", "alcohol to Canada without a gate: the Canada error and the gate warning",
    "Harbor Bistro: bourbon tasting Thursday." + STOP, [("age_gated_content_to_canada", E), ("age_gate_required", W)],
    org="bistro", to=CA)
msg("gambling_not_gated", "gambling follows Twilio's age-gating rule",
    "Lucky Star: free spins with your first deposit at our casino." + STOP, [("age_gate_required", W)], org={"name": "Lucky Star"})
msg("gambling_gated_to_canada", "age-gated gambling to Canada is blocked as well",
    "Lucky Star: poker night Saturday, 21+." + STOP, [("age_gated_content_to_canada", E)], org={"name": "Lucky Star"},
    campaign={"age_gated": True}, to=CA)
msg("two_categories", "one finding per category",
    "Corner Mart: beer and cigarettes at the front counter." + STOP, [("age_gate_required", W), ("forbidden_content", W)],
    org={"name": "Corner Mart"})
msg("nail_gun_is_not_firearm", "'nail gun' is a tool; 'gun' alone is not a term",
    "Rivera Plumbing & Heating: nail gun rentals now available." + STOP, [], org="plumb")
msg("weed_control_not_cannabis", "'weed' is ambiguous and left out of the list",
    "Green Thumb Lawn: weed control visit Tuesday." + STOP, [], org={"name": "Green Thumb Lawn"})
msg("pot_roast_not_cannabis", "'pot' is ambiguous and left out",
    "Harbor Bistro: pot roast special tonight." + STOP, [], org="bistro")

# --- MMS --------------------------------------------------------------------------------------
msg("mms_jpeg_ok", "one JPEG well under every limit: nothing to report",
    "Joe's Pizza: this week's menu." + STOP, [], org="pizza", channel="mms", media=[{"content_type": "image/jpeg", "bytes": 350000}])
msg("mms_png_and_gif_ok", "PNG and GIF are formatted for the handset by Twilio",
    "Maple Street Salon: new looks!" + STOP, [], org="salon", channel="mms",
    media=[{"content_type": "image/png", "bytes": 800000}, {"content_type": "image/gif", "bytes": 900000}])
msg("mms_over_5mb", "body plus media over 5 MB: Twilio refuses it",
    "Oak & Pine Realty: photos of 22 Elm St." + STOP, [("mms_over_5_mb", E)], org="realty", channel="mms",
    media=[{"content_type": "image/jpeg", "bytes": 2600000}, {"content_type": "image/jpeg", "bytes": 2500000}])
msg("mms_exactly_5mb", "exactly 5,000,000 bytes in total is not over",
    "", [], org="realty", first=False, cls="conversational", channel="mms",
    media=[{"content_type": "image/jpeg", "bytes": 5000000}])
msg("mms_eleven_media", "more than 10 media files: 21623",
    "Oak & Pine Realty: full gallery." + STOP, [("too_many_media", E)], org="realty", channel="mms",
    media=[{"content_type": "image/jpeg", "bytes": 100000}] * 11)
msg("mms_webp_not_accepted", "image/webp is WhatsApp-only at Twilio: not accepted for MMS",
    "Northside Gym: class photo." + STOP, [("media_type_not_accepted", E)], org="gym", channel="mms",
    media=[{"content_type": "image/webp", "bytes": 100000}])
msg("mms_zip_not_accepted", "application/zip is not an accepted type",
    "Bright Path Tutoring: worksheets attached." + STOP, [("media_type_not_accepted", E)], org="tutor", channel="mms",
    media=[{"content_type": "application/zip", "bytes": 100000}])
msg("mms_pdf_small_local", "a small PDF is accepted but not formatted for the handset: info",
    "Cedar Pharmacy: your receipt." + STOP, [("media_not_transcoded", I)], org="pharm", cls="informational", channel="mms",
    media=[{"content_type": "application/pdf", "bytes": 120000}])
msg("mms_pdf_700kb_local", "a 700 KB PDF from a local number is under carrier limits (1.0 MB) but over Twilio's 600 KB advice",
    "Cedar Pharmacy: your statement." + STOP, [("media_over_600_kb", W), ("media_not_transcoded", I)], org="pharm",
    cls="informational", channel="mms", media=[{"content_type": "application/pdf", "bytes": 700000}])
msg("mms_pdf_700kb_toll_free", "toll-free: AT&T, T-Mobile and Verizon all stop non-image files at 0.6 MB (30019)",
    "Cedar Pharmacy: your statement." + STOP, [("media_over_carrier_limit", E), ("media_not_transcoded", I)], org="pharm",
    cls="informational", channel="mms", sender="toll_free", media=[{"content_type": "application/pdf", "bytes": 700000}])
msg("mms_video_over_1mb_local", "a 1.2 MB video is over AT&T's and Verizon's 1.0 MB long-code limit",
    "Northside Gym: workout of the day." + STOP, [("media_over_carrier_limit", E), ("media_not_transcoded", I)], org="gym",
    channel="mms", media=[{"content_type": "video/mp4", "bytes": 1200000}])
msg("mms_video_short_code", "short codes: AT&T's 0.6 MB is the smallest non-image limit",
    "Northside Gym: workout of the day." + STOP, [("media_over_carrier_limit", E), ("media_not_transcoded", I)], org="gym",
    channel="mms", sender="short_code", media=[{"content_type": "video/mp4", "bytes": 650000}])
msg("mms_big_image_no_carrier_limit", "the non-image carrier limits do not apply to images",
    "Oak & Pine Realty: drone shot." + STOP, [], org="realty", channel="mms", sender="toll_free",
    media=[{"content_type": "image/jpeg", "bytes": 3000000}])
msg("mms_content_type_case_and_params", "content types are compared without case and parameters",
    "Lakeview Vet: voice note from Dr. Kim." + STOP, [("media_not_transcoded", I)], org="vet", cls="informational", channel="mms",
    media=[{"content_type": "Audio/MPEG; charset=binary", "bytes": 200000}])
msg("mms_vcard", "a vCard is accepted as is",
    "Lakeview Vet: save our contact." + STOP, [("media_not_transcoded", I)], org="vet", cls="informational", channel="mms",
    media=[{"content_type": "text/vcard", "bytes": 2000}])
msg("mms_empty_body_with_media", "an MMS may have media and no text (no opt-out needed in a follow-up)",
    "", [("missing_sender_identification", W)], org="pizza", first=False, channel="mms",
    media=[{"content_type": "image/jpeg", "bytes": 100000}])
msg("mms_long_body_no_segments", "an MMS is billed per message: no segment or UCS-2 findings, still the 320 guidance",
    "Joe's Pizza 🍕 " + "Fresh dough daily. " * 20 + STOP.strip(), [("body_over_320_characters", W)], org="pizza", channel="mms",
    media=[{"content_type": "image/jpeg", "bytes": 100000}])
msg("mms_no_media_no_body", "an MMS with neither body nor media is refused",
    " ", [("body_empty", E)], org=None, first=False, cls="conversational", channel="mms", media=[])

# --- Folklore ---------------------------------------------------------------------------------
msg("all_caps", "shouting text is folklore: info only",
    "JOE'S PIZZA: HUGE SALE TONIGHT ON ALL LARGE PIES." + STOP.upper(), [("all_caps", I)], org="pizza")
msg("exclamations", "'!!' reads as urgency (vendor folklore)",
    "Joe's Pizza: last chance for 2-for-1!!" + STOP, [("repeated_punctuation", I)], org="pizza")
msg("zelle_payment", "asking for Zelle payments looks like fraud to filters (vendor guidance): info",
    "Rivera Plumbing & Heating: pay your $180 invoice by Zelle to 415-555-0100.", [("payment_request", I)],
    org="plumb", first=False, cls="informational")
msg("venmo_payment", "Venmo is on the same list",
    "Maple Street Salon: deposits by Venmo please.", [("payment_request", I)], org="salon", first=False, cls="informational")
msg("gift_card_incentive", "gift card incentives are in the vendor's fraud-looking list",
    "Harbor Dental: refer a friend, get a $25 gift card!" + STOP, [("payment_request", I)])
msg("urgent_all_folklore", "several folklore findings at once stay info",
    "FINAL NOTICE!! CLAIM YOUR GIFT CARD NOW FROM HARBOR DENTAL." + STOP.upper(),
    [("all_caps", I), ("repeated_punctuation", I), ("payment_request", I)])

# --- Combined realistic failures -----------------------------------------------------------------
msg("classic_bad_campaign_text", "the issue's example: bit.ly link, em dash, no brand, no opt-out in a first message",
    "Big sale this weekend — 30% off everything! bit.ly/sale30",
    [("public_url_shortener", E), ("missing_sender_identification", W), ("missing_opt_out", W), ("ucs2_encoding", I)])
msg("classic_bad_campaign_text_fixed", "the same message fixed: brand, own domain, plain hyphen, Reply STOP",
    "Harbor Dental: big sale this weekend - 30% off whitening! harbordental.com/sale" + STOP, [])
msg("everything_wrong_canada", "a first message to Canada with alcohol, a shortener, a non-standard opt-out and an undeclared phone",
    "Wine down Wednesday 🍷 bit.ly/hb-wine call 4165550199, text 2 to stop",
    [("public_url_shortener", E), ("age_gated_content_to_canada", E), ("phone_not_declared", W),
     ("missing_sender_identification", W), ("missing_opt_out", W), ("non_standard_opt_out", W),
     ("age_gate_required", W), ("ucs2_encoding", I)],
    org="bistro", to=CA, campaign={"has_embedded_phone": False})
msg("realistic_reminder_with_emoji", "a reminder with an emoji and own link: UCS-2 info only",
    "Lakeview Vet 🐾 Bella's checkup is tomorrow 3pm. lakeviewvet.com/map", [("ucs2_encoding", I)],
    org="vet", first=False, cls="informational")
msg("realistic_salon_marketing_long", "a chatty marketing text over 160 characters: two segments",
    "Maple Street Salon: our fall color menu is here! Book a gloss, balayage or root touch-up this month and get a free deep conditioning treatment. maplestreetsalon.com/fall" + STOP,
    [("multiple_segments", I)], org="salon")
msg("realistic_restaurant_no_alcohol", "a restaurant special without alcohol terms",
    "Harbor Bistro: clam chowder and fresh bread, $12 lunch special today." + STOP, [], org="bistro")
msg("realistic_plumber_phone_link", "a service notice with phone and own link, both declared",
    "Rivera Plumbing & Heating: tech on the way. Track: riveraplumbing.com/t/5521 Questions? 415.555.0177", [],
    org="plumb", first=False, cls="informational")
msg("realistic_school_closure", "a tutoring center closure notice",
    "Bright Path Tutoring: closed today due to snow. Sessions move to Saturday.", [], org="tutor", first=False, cls="informational")
msg("realistic_church_donation_link", "a donation link on a third-party platform is not the church's domain",
    "Grace Community Church: give online at tithe.ly/gracecc", [("link_domain_mismatch", W)], org="church", first=False)
msg("realistic_gym_promo_caps_word", "one capitalised word is not all caps",
    "Northside Gym: FREE week pass for friends this month!" + STOP, [], org="gym")
msg("realistic_conversational_with_link", "a conversational reply with a foreign link still gets the branding warning",
    "Here's the form: docs.google.com/forms/xyz", [("link_domain_mismatch", W)], first=False, cls="conversational")
msg("realistic_conversational_shortener", "a shortener in a conversational reply is still filtered",
    "Here you go: bit.ly/form-hd", [("public_url_shortener", E)], first=False, cls="conversational")
msg("realistic_auto_first_canada_french", "French-Canadian marketing with a standard ARRET instruction; à and é are in GSM-7, so no UCS-2",
    "Summit Auto Care : changement d'huile à 49 $ ce mois-ci. Répondez ARRET pour vous désabonner.", [],
    org="auto", to=CA)
msg("realistic_pharmacy_refill_first", "first refill alert with brand and standard STOP",
    "Cedar Pharmacy: refill reminders are on for your account. Msg&data rates may apply. Reply STOP to cancel.", [],
    org="pharm", cls="informational")
msg("realistic_realty_multiple_own_links", "two links on the brand's domain",
    "Oak & Pine Realty: 22 Elm oakpinerealty.com/22elm and 9 Oak www.oakpinerealty.com/9oak" + STOP, [], org="realty")
msg("realistic_pizza_help_and_stop", "HELP and STOP in the same closing line",
    "Joe's Pizza: you're in! Weekly deals. Reply HELP for help or STOP to unsubscribe.", [], org="pizza")
msg("realistic_gym_zero_width", "a zero-width space forces UCS-2 and Smart Encoding removes it",
    "Northside Gym:\u200b class at 6am." + STOP, [("ucs2_encoding", I)], org="gym")
msg("realistic_vet_tab", "a tab is not GSM-7; Smart Encoding turns it into spaces",
    "Lakeview Vet:\tshots due." + STOP, [("ucs2_encoding", I)], org="vet", cls="informational")
msg("realistic_tutor_newline_layout", "line breaks are GSM-7 and free of findings",
    "Bright Path Tutoring\nMath: Mon 4pm\nReading: Wed 4pm\nReply STOP to opt out", [], org="tutor", cls="informational")
msg("realistic_dental_no_campaign", "no campaign context: declaration and age-gate checks still need their facts",
    "Harbor Dental: call 4155550123." + STOP, [], drop=("campaign",))
msg("realistic_dental_no_sender_type", "no sender type or recipient: the rest still runs",
    "Harbor Dental: see you soon." + STOP, [], drop=("sender_type", "to"))
msg("realistic_marketing_toll_free_shortener", "toll-free sender with a shortener: same error",
    "Cedar Pharmacy: flu shot coupons at tinyurl.com/cedar-flu" + STOP, [("public_url_shortener", E)], org="pharm",
    sender="toll_free")
msg("realistic_typed_recipient", "a typed US number works as `to`",
    "Harbor Dental: whitening €50 off." + STOP, [("euro_sign_to_us", W)], to="(415) 555-0100")
msg("realistic_short_code_sender", "short-code sender with a clean marketing text",
    "Harbor Dental: 2 for 1 kids cleanings in June." + STOP, [], sender="short_code")
msg("realistic_liquor_store_gated_us", "a liquor store with an age-gated campaign, US recipient",
    "Bay Spirits: new tequila arrivals, 21+ with ID." + STOP, [], org={"name": "Bay Spirits"}, campaign={"age_gated": True})
msg("realistic_brewery_not_gated", "a brewery event without an age-gated campaign",
    "Dockside Brewery: IPA release party Saturday." + STOP, [("age_gate_required", W)], org={"name": "Dockside Brewery"})

# --- Input errors -------------------------------------------------------------------------------
err("error_invalid_to", "`to` must be a phone number",
    {"body": "Hi", "message_class": "informational", "to": "not a number"}, "args.to")
err("error_media_on_sms", "media needs channel mms",
    {"body": "Hi", "message_class": "informational", "media": [{"content_type": "image/png", "bytes": 10}]}, "args.media")
err("error_empty_org_name", "an empty org name is refused, not silently ignored",
    {"body": "Hi", "message_class": "informational", "org": {"name": "  "}}, "args.org.name")
err("error_bad_org_domain", "an org domain must look like a domain",
    {"body": "Hi", "message_class": "informational", "org": {"domain": "localhost"}}, "args.org.domain")
err("error_unknown_channel", "only sms and mms are checked",
    {"body": "Hi", "message_class": "informational", "channel": "fax"}, "args.channel")
err("error_unknown_field", "unknown fields are refused",
    {"body": "Hi", "message_class": "informational", "bodyy": "x"}, "args.bodyy")
err("error_missing_class", "message_class is required",
    {"body": "Hi"}, "args")


def main():
    lines = [json.dumps({"op": "check_message", "args": c["args"]}, ensure_ascii=False) for c in cases]
    out = subprocess.run([BIN, "batch"], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(answers) == len(cases)
    failures, fixture_cases = [], []
    for c, answer in zip(cases, answers):
        if "want_error" in c:
            got = answer.get("error", {}).get("path")
            if got != c["want_error"]:
                failures.append(f"{c['name']}: want error at {c['want_error']}, got {answer}")
            expect = {"error": {"kind": answer.get("error", {}).get("kind"), "path": got}}
        else:
            if "ok" not in answer:
                failures.append(f"{c['name']}: {answer}")
                continue
            got = [(f["rule"], f["severity"]) for f in answer["ok"]["findings"]]
            if sorted(got) != sorted(c["want"]):
                failures.append(f"{c['name']}:\n   want {sorted(c['want'])}\n   got  {sorted(got)}")
            order = {"error": 0, "warning": 1, "info": 2}
            if [order[s] for _, s in got] != sorted(order[s] for _, s in got):
                failures.append(f"{c['name']}: findings not sorted by severity")
            expect = answer
        fixture_cases.append({"name": c["name"], "why": c["why"],
                              "request": {"op": "check_message", "args": c["args"]}, "expect": expect})
    if failures:
        print("\n".join(failures))
        print(f"{len(failures)} of {len(cases)} cases differ from the hand-written expectations")
        sys.exit(1)
    doc = {"description": "check_message: a corpus of realistic outbound messages (clean, and with each problem), "
                          "each with why; generated by scripts/gen/check-message-corpus.py, whose hand-written "
                          "expected findings the answers must equal",
           "cases": fixture_cases}
    path = os.path.join(ROOT, "tests", "fixtures", "check_message.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(fixture_cases)} cases to {path}")


main()
