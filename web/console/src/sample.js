// The built-in sample organisation: Harbor Dental, a two-location practice (Seattle and
// Vancouver). The same practice the CLI demo reports on, as a frontend would hold it after
// reading Twilio's API and its own settings pages. Every panel starts from these values and
// lets the user edit them.

export const ORG = {
  name: 'Harbor Dental',
  support_phone: '+12065550142',
  support_email: 'hello@harbordental.example',
  website: 'harbordental.example',
};

/** A fixed instant the console opens at (Friday 20 November 2026, 6:15pm in Seattle), so
 * that what it shows first is the same on every machine; "Use my clock" switches to now. */
export const SAMPLE_NOW = '2026-11-21T02:15:00Z';

/** The practice's registrations as its backend stored them from Twilio. */
export const REGISTRATIONS = {
  customer_profile: { sid: 'BU0001', status: 'twilio-approved' },
  trust_product: { sid: 'BU0002', status: 'twilio-approved' },
  brand: { sid: 'BN0001', status: 'APPROVED', brand_type: 'STANDARD', identity_status: 'VERIFIED' },
  messaging_services: [
    { sid: 'MG0001', friendly_name: 'Patient care', campaign: { campaign_status: 'VERIFIED' } },
    { sid: 'MG0002', friendly_name: 'Promotions', campaign: { campaign_status: 'SUSPENDED' } },
  ],
};

/** The practice's numbers: a label, who uses it, and what Twilio reports about it. */
export const NUMBERS = [
  {
    label: 'Front desk (Seattle)', is_default: true,
    facts: { phone_number: '(206) 555-0142', capabilities: { sms: true, mms: true, voice: true, whatsapp: true },
      messaging_service_sid: 'MG0001', a2p_registration: 'registered', voice_webhook_active: true },
  },
  {
    label: 'Billing line',
    facts: { phone_number: '+1 833 555 0199', capabilities: { sms: true, voice: true }, voice_webhook_active: true,
      tollfree_verification: { status: 'IN_REVIEW' } },
  },
  {
    label: 'Vancouver clinic', assigned_user: 'dr_chen',
    facts: { phone_number: '604.555.0187', capabilities: { sms: true, voice: true }, messaging_service_sid: 'MG0001',
      a2p_registration: 'pending', voice_webhook_active: true },
  },
  {
    label: 'New hygienist line', assigned_user: 'maya',
    facts: { phone_number: '(206) 555-0177', capabilities: { sms: true, voice: true } },
  },
  {
    label: 'Tacoma office',
    facts: { phone_number: '(253) 555-0111', capabilities: { sms: true, voice: true }, voice_url: 'https://example.com/voice' },
  },
  {
    label: 'After-hours toll-free',
    facts: { phone_number: '+1 888 555 0123', capabilities: { sms: true, voice: true }, voice_webhook_active: true,
      tollfree_verification: { status: 'TWILIO_REJECTED', edit_allowed: true,
        edit_expiration: '2026-11-24T17:00:00-08:00', error_code: 30445 } },
  },
  {
    label: 'Promotions line', assigned_user: 'marketing',
    facts: { phone_number: '(206) 555-0190', capabilities: { sms: true, voice: true }, messaging_service_sid: 'MG0002',
      a2p_registration: 'registered', voice_webhook_active: true },
  },
  { label: 'Reminders short code', facts: { phone_number: '89821' } },
  {
    label: "Dr. Lee's mobile (London)",
    facts: { phone_number: '+44 7400 123456', capabilities: { sms: true, voice: true }, voice_webhook_active: true },
  },
];

/** The people who send from the console (select_sender's `user_id`). */
export const USERS = [
  { id: '', name: 'Anyone (company default)' },
  { id: 'maya', name: 'Maya, hygienist' },
  { id: 'dr_chen', name: 'Dr. Chen, Vancouver' },
  { id: 'marketing', name: 'Marketing team' },
];

export const DRAFT = 'Harbor Dental: “See you tomorrow” — your cleaning is at 9:30am… Reply STOP to opt out.';

/** The practice's hours (the org defaults). */
export const ORG_HOURS = {
  timezone: 'America/Los_Angeles',
  weekly: {
    mon: [['08:00', '12:00'], ['13:00', '17:30']],
    tue: [['08:00', '12:00'], ['13:00', '17:30']],
    wed: [['08:00', '12:00'], ['13:00', '17:30']],
    thu: [['08:00', '12:00'], ['13:00', '19:00']],
    fri: [['08:00', '12:00'], ['13:00', '17:30']],
  },
  exceptions: [
    { date: '2026-11-26', closed: true, label: 'Thanksgiving' },
    { date: '2026-12-25', closed: true, label: 'Christmas Day' },
  ],
  voicemail_greeting: "Thanks for calling Harbor Dental. Please leave a message and we'll call you back today.",
  after_hours_message: 'Harbor Dental is closed. For a dental emergency call (206) 555-0100.',
};

/** Per-number overrides of the org hours (null: the number follows the org). */
export const LOCATIONS = [
  { label: 'Front desk (Seattle)', number: '+12065550142', override: null },
  {
    label: 'Vancouver clinic', number: '+16045550187',
    override: {
      timezone: 'America/Vancouver',
      weekly: {
        mon: [['09:00', '19:00']], tue: [['09:00', '19:00']], wed: [['09:00', '19:00']],
        thu: [['09:00', '19:00']], fri: [['09:00', '19:00']], sat: [['10:00', '14:00']],
      },
      exceptions: [{ date: '2026-11-26', hours: [['09:00', '19:00']], label: 'Open on US Thanksgiving' }],
      after_hours_message: 'Harbor Dental Vancouver is closed. We open at 9am weekdays.',
    },
  },
];

/** Patients a marketing text could go to (the quiet-hours timeline). */
export const RECIPIENTS = [
  { label: 'Patient in Miami', number: '+13055550123' },
  { label: 'Patient in Seattle', number: '+12065550177' },
  { label: 'Patient in Houston', number: '+17135550123' },
  { label: 'Patient in Toronto', number: '+14165550123' },
  { label: 'Patient in Vancouver', number: '+16045550123' },
];

/** Inbound texts to try, one click each. */
export const INBOUND_SAMPLES = ['Stop. Thank you', 'STOP', 'ARRÊT', 'HELP', 'START', 'Can I move my cleaning to Friday?'];

/** This week's outcomes by status callback: status -> messages. */
export const WEEK_STATUSES = [
  { status: 'delivered', count: 1184 },
  { status: 'sent', count: 9 },
  { status: 'queued', count: 4 },
];

/** This week's failed texts by error code. */
export const WEEK_ERRORS = [
  { code: 30034, count: 42 },
  { code: 30032, count: 17 },
  { code: 30003, count: 11 },
  { code: 21610, count: 6 },
  { code: 30006, count: 5 },
  { code: 30007, count: 3 },
  { code: 30005, count: 2 },
];

/** The winter promotion the Campaign panel starts from (the CLI demo's "Planning the winter
 * promotion"): its text, when it starts, and how many patients agreed to offers. */
export const PROMOTION_BODY = 'Harbor Dental ❄️ Winter whitening: 20% off until Dec 31. Book at harbordental.example or call (206) 555-0142. Reply STOP to opt out.';
export const PROMOTION_START = '2026-12-01T10:00:00-08:00';
export const PROMOTION_PATIENTS = 2400;

/** The practice's sender as registered today, and after secondary vetting (plan_send's and
 * estimate_cost's `sender`). */
export const SENDERS = [
  { id: 'now', label: 'Current registration (low-volume standard brand, 2 numbers)', sender: { type: 'us_10dlc', brand: 'low_volume_standard', numbers: 2 } },
  { id: 'vetted', label: 'After vetting (standard brand, trust score 62)', sender: { type: 'us_10dlc', brand: 'standard', trust_score: 62, numbers: 2 } },
  { id: 'tollfree', label: 'Billing toll-free line (3 MPS)', sender: { type: 'toll_free', mps: 3 } },
];

/** The patients who agreed to offers: mostly Seattle-area numbers, some in Vancouver and a
 * few snowbirds in Florida and Arizona, carriers from the backend's last lookup (one in ten
 * never looked up). Generated the same way as the CLI demo's list, so both report the same. */
export function promotionRecipients(count = PROMOTION_PATIENTS) {
  const areas = [206, 206, 206, 253, 425, 425, 360, 604, 305, 602];
  const us = [...Array(9).fill('T-Mobile USA, Inc.'), ...Array(5).fill('AT&T Mobility'), ...Array(4).fill('Verizon Wireless'), null, null];
  const canadian = ['Rogers Wireless', 'TELUS Mobility', 'Bell Mobility', 'Freedom Mobile'];
  return Array.from({ length: count }, (_, i) => {
    const area = areas[i % areas.length];
    const exchange = 200 + ((i * 37) % 700);
    const line = String((i * 7919) % 10000).padStart(4, '0');
    const carrier = area === 604 ? canadian[i % canadian.length] : us[(i * 7) % us.length];
    return carrier ? { to: `+1${area}${exchange}${line}`, carrier } : { to: `+1${area}${exchange}${line}` };
  });
}

/** What the registration checks know beyond the forms. */
export const PREFLIGHT_CONTEXT = { brand_name: 'Harbor Dental', brand_type: 'STANDARD', website: 'https://www.harbordental.com' };

/** The forms the assistant filled from the practice's profile and website, mistakes
 * included (the CLI demo's drafts): a shortener from the marketing tool, no STOP wording in
 * the samples, a phone flag copied from another form, an opt-in flow without disclosures. */
export const REGISTRATION_FORMS = {
  campaign: {
    us_app_to_person_usecase: 'ACCOUNT_NOTIFICATION',
    description: 'Harbor Dental sends appointment reminders and visit follow-ups to its patients in Seattle and Vancouver.',
    message_flow: 'Patients give their mobile number on the online booking form at https://www.harbordental.com/book and agree to receive text messages.',
    message_samples: [
      'Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm.',
      'Thanks for visiting! Rate your visit: bit.ly/hd-review',
    ],
    has_embedded_links: true,
    has_embedded_phone: true,
    age_gated: false,
    direct_lending: false,
    privacy_policy_url: 'https://www.harbordental.com/privacy',
    terms_and_conditions_url: 'https://www.harbordental.com/sms-terms',
    brand_registration_sid: 'BN0123456789abcdef0123456789abcdef',
  },
  brand: {
    brand_type: 'STANDARD',
    business_name: 'Harbor Dental PLLC',
    business_type: 'Limited Liability Corporation',
    business_industry: 'HEALTHCARE',
    business_registration_identifier: 'EIN',
    business_registration_number: '91-1234567',
    business_regions_of_operation: 'USA_AND_CANADA',
    website_url: 'https://www.harbordental.com',
    first_name: 'Grace',
    last_name: 'Lee',
    email: 'grace.lee@harbordental.com',
    phone_number: '+12065550142',
    business_title: 'Owner',
    job_position: 'Director',
    street: '1200 Harbor Ave SW',
    city: 'Seattle',
    region: 'WA',
    postal_code: '98126',
    iso_country: 'US',
    company_type: 'private',
    brand_contact_email: 'hello@harbordental.com',
  },
  tollfree_verification: {
    tollfree_phone_number_sid: 'PN0123456789abcdef0123456789abcdef',
    business_name: 'Harbor Dental PLLC',
    business_website: 'https://www.harbordental.com',
    notification_email: 'harbordental.billing@gmail.com',
    use_case_categories: ['ACCOUNT_NOTIFICATIONS'],
    use_case_summary: 'Harbor Dental sends billing reminders to patients who opted in at the front desk.',
    production_message_sample: 'Harbor Dental: your balance of [amount] is due [date]. Pay at https://www.harbordental.com/pay. Reply STOP to opt out.',
    opt_in_image_urls: ['https://www.harbordental.com/img/front-desk.jpg'],
    opt_in_type: 'VERBAL',
    message_volume: '1,000',
    business_type: 'PRIVATE_PROFIT',
    business_registration_number: '911234567',
    business_registration_authority: 'EIN',
    business_registration_country: 'US',
    business_contact_first_name: 'Grace',
    business_contact_last_name: 'Lee',
    business_contact_email: 'grace.lee@harbordental.com',
    privacy_policy_url: 'https://www.harbordental.com/privacy',
    terms_and_conditions_url: 'https://www.harbordental.com/sms-terms',
  },
};
