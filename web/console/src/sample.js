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
