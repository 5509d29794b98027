// The console's production build (dist/, from `npm run build`) served on localhost and
// driven in headless Chromium: each panel is typed into and clicked, its answers asserted
// and a screenshot written to test-artifacts/. Any request leaving the page's own origin
// fails the test: the rules run in the browser and nothing typed may leave it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launchChromium, guardOrigin } from './serve.mjs';

const consoleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(consoleDir, 'dist');
const artifacts = path.join(consoleDir, 'test-artifacts');

let server;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(dist, 'index.html')), 'no production build: run `npm run build` in web/console first');
  mkdirSync(artifacts, { recursive: true });
  server = await serve(dist);
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the console on one panel; returns the page and the list of foreign requests. */
async function open(panel) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin' });
  const foreign = await guardOrigin(context, server.url);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/#${panel}`);
  await page.waitForFunction(() => window.consoleReady === true, null, { timeout: 60000 });
  const panelEl = page.locator(`#panel-${panel}`);
  assert.equal(await panelEl.isVisible(), true, `panel ${panel} shown`);
  // Ends the test: a screenshot of the panel as the test left it (unless `shot` is false),
  // then the checks that apply to every page.
  const done = async (shot = true) => {
    if (shot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(artifacts, `${panel}.png`), fullPage: true });
    }
    assert.deepEqual(foreign, [], 'requests outside the page origin');
    assert.deepEqual(errors, [], 'errors in the page');
    await context.close();
  };
  return { page, panel: panelEl, done };
}

test('the WebAssembly modules are assets of the build, fetched from the page origin', async () => {
  const { page, done } = await open('numbers');
  // The light module first; the full one because the sample org has a London number.
  const wasm = server.served.filter((p) => /^\/assets\/telrules_(light|wasm)_bg-[\w-]+\.wasm$/.test(p));
  assert.deepEqual(wasm.map((p) => p.split('_bg-')[0]), ['/assets/telrules_light', '/assets/telrules_wasm'],
    `the light .wasm, then the full one, from the build's assets (served: ${server.served.join(', ')})`);
  assert.match(await page.textContent('footer'), /WebAssembly core \(\d+ operations\)/);
  await done(false);
});

test('Numbers: readiness cards, the org next step, and edits that change them', async () => {
  const { page, panel, done } = await open('numbers');
  const cards = panel.locator('.phone-card');
  assert.equal(await cards.count(), 9, 'one card per sample number');
  const frontDesk = panel.locator('.phone-card', { hasText: 'Front desk (Seattle)' });
  assert.equal(await frontDesk.locator('.state').textContent(), 'Ready');
  const tollFree = panel.locator('.phone-card', { hasText: 'After-hours toll-free' });
  assert.match(await tollFree.locator('.next-step').textContent(), /turned down because the business details could not be confirmed/);
  assert.match(await tollFree.locator('.deadline').textContent(), /Before Tue, Nov 24, 5:00 PM \(UTC-8\)/);
  // The sample's step that unblocks the most: two local numbers outside any Messaging Service.
  assert.match(await page.textContent('#org-next-step'), /moves 2 numbers forward.*Add this number to your account's business texting.*\+12065550177 · \+12535550111/s);
  // Checklist opens by keyboard.
  await frontDesk.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await frontDesk.locator('.checklist li').first().isVisible(), true);
  assert.match(await frontDesk.locator('.checklist').textContent(), /Brand — Done/);

  // Without a brand, the four 10DLC numbers wait on one step: registering it.
  await panel.getByLabel('Brand').selectOption('');
  assert.match(await page.textContent('#org-next-step'), /moves 4 numbers forward.*Register your business with the carriers/s);
  assert.notEqual(await frontDesk.locator('.state').textContent(), 'Ready');
  await panel.getByLabel('Brand').selectOption('APPROVED');
  assert.equal(await frontDesk.locator('.state').textContent(), 'Ready');

  // A number typed the way staff type it gets its own card and next step.
  await panel.getByLabel('Phone number').fill('(206) 555-0199');
  await panel.getByRole('button', { name: 'Add number' }).click();
  assert.equal(await cards.count(), 10);
  const added = panel.locator('.phone-card', { hasText: '+12065550199' });
  assert.match(await added.locator('.next-step').textContent(), /Add this number to your account's business texting/);
  assert.match(await page.textContent('#org-next-step'), /moves 3 numbers forward/);

  // Canadian readiness of the same numbers.
  await panel.getByLabel('Show readiness for').selectOption('ca');
  assert.equal(await panel.locator('.phone-card', { hasText: 'Reminders short code' }).locator('.state').textContent(), 'Unsupported');
  await done();
});

test('Composer: segments, the characters that force UCS-2, Smart Encoding and the sender', async () => {
  const { page, panel, done } = await open('composer');
  // The sample draft was pasted from a word processor: curly quotes, a dash, an ellipsis.
  assert.equal(await page.textContent('#encoding'), 'UCS-2');
  assert.match(await page.textContent('#segment-count'), /^2segments$/);
  assert.deepEqual(await page.locator('#non-gsm .chip-char').allTextContents(), ['“', '”', '—', '…']);
  assert.match(await page.textContent('#smart-note'), /1 segment \(GSM-7\) instead of 2 \(UCS-2\)/);
  await panel.getByLabel('Smart Encoding').check();
  assert.equal(await page.textContent('#encoding'), 'GSM-7');
  // An emoji cannot be replaced: still UCS-2 with Smart Encoding.
  await panel.getByLabel('Message text').fill('See you soon 😀');
  assert.equal(await page.textContent('#encoding'), 'UCS-2');
  assert.deepEqual(await page.locator('#non-gsm .chip-char').allTextContents(), ['😀']);
  await panel.getByLabel('Message text').fill('A'.repeat(161));
  assert.match(await page.textContent('#segment-count'), /^2segments$/, '161 GSM-7 characters: two segments');

  // Marketing to Miami at 9:15pm Eastern: held until 8am there (Florida's quiet hours).
  assert.match(await page.textContent('#sender-decision'), /Held for quiet hours.*From \+12065550142 \(Front desk \(Seattle\)\): your main number, through Messaging Service MG0001.*Goes at Sat, Nov 21, 5:00 AM PST/s);
  await panel.getByLabel('Recipient consent').selectOption('opted_out');
  assert.match(await page.textContent('#sender-decision'), /Not sent.*texted STOP/s);
  await panel.getByLabel('Recipient consent').selectOption('subscribed');
  await panel.getByLabel('Kind of message').selectOption('informational');
  await panel.getByLabel('Send as').selectOption('maya');
  const decision = await page.textContent('#sender-decision');
  assert.match(decision, /Sends now.*From \+12065550142/s);
  assert.match(decision, /Skipped \+12065550177 \(the sending user's own number\)/);
  // Smart Encoding fixes the quotes and the dash but not the emoji.
  await panel.getByLabel('Smart Encoding').uncheck();
  await panel.getByLabel('Message text').fill('Harbor Dental: “See you tomorrow” — bring your smile 😀 Reply STOP to opt out.');
  assert.deepEqual(await page.locator('#non-gsm .chip-char').allTextContents(), ['“', '”', '—', '😀']);
  assert.match(await page.textContent('#smart-note'), /Still UCS-2 because of: 😀/);
  await done();
});

test('Inbox: an inbound text classified, the consent change, the reply, the agent', async () => {
  const { page, panel, done } = await open('inbox');
  const text = panel.getByLabel('Inbound text');
  await text.fill('Stop. Thank you');
  assert.match(await page.textContent('#classification'), /Opt out.*STOP \(worded request, en\).*Opt out.*No/s);
  assert.match(await page.textContent('#reply-body'), /^Harbor Dental: You are unsubscribed/);
  await panel.getByRole('button', { name: 'Receive' }).click();
  // The thread shows the text, the opt-out and the single confirmation; consent is now opted out.
  const thread = panel.getByRole('list', { name: 'Conversation' });
  assert.match(await thread.textContent(), /Stop\. Thank you.*Opted out.*You are unsubscribed/s);
  assert.equal(await panel.getByLabel('Contact consent before this text').inputValue(), 'opted_out');
  // A second STOP gets no second confirmation.
  await text.fill('STOP');
  assert.equal(await page.textContent('#reply-body'), 'No automatic reply.');
  assert.match(await page.textContent('#reply-reason'), /Already opted out/);
  // An ordinary question goes to the agent once the contact is subscribed.
  await panel.getByLabel('Contact consent before this text').selectOption('subscribed');
  await panel.getByRole('button', { name: 'HELP' }).click();
  assert.match(await page.textContent('#reply-body'), /Help at \+12065550142/);
  await text.fill('Can I move my cleaning to Friday?');
  assert.equal(await page.textContent('#agent'), 'Yes');
  await text.press('Enter');
  assert.match(await thread.textContent(), /Handed to the assistant$/);
  // On a toll-free number the network answers STOP itself.
  await panel.getByLabel('Texted number').selectOption('toll_free');
  await text.fill('STOP');
  assert.match(await page.textContent('#reply-reason'), /toll-free network answers/);
  await done();
});

test('Hours: open now per location, the next change, a recipient’s quiet hours on a timeline', async () => {
  const { page, panel, done } = await open('hours');
  // Friday 6:15pm in Seattle: the practice closed at 5:30 and opens Monday at 8.
  assert.equal(await page.textContent('#hours-0 .open-state'), 'Closed now');
  assert.match(await page.textContent('#hours-0 .next-change'), /Opens Mon, Nov 23, 8:00 AM \(UTC-8\)/);
  // The Vancouver clinic's answer is left unasserted on purpose: British Columbia stays on
  // UTC-7 all year from 2026 (tz database 2026 releases), and the core's bundled zone data
  // predates that, so at this instant it answers for 6:15pm where the clinic's clock says 7:15pm.
  assert.match(await page.textContent('#hours-1'), /America\/Vancouver/);
  // Editing Friday's practice hours to 8pm opens the front desk now.
  await panel.getByLabel('Friday').first().fill('08:00-12:00, 13:00-20:00');
  assert.equal(await page.textContent('#hours-0 .open-state'), 'Open now');
  assert.match(await page.textContent('#hours-0 .next-change'), /Closes Fri, Nov 20, 8:00 PM \(UTC-8\)/);
  await panel.getByLabel('Override for Front desk (Seattle)').selectOption('closed');
  assert.equal(await page.textContent('#hours-0 .open-state'), 'Closed now');
  assert.match(await page.textContent('#hours-0'), /number's own override/);

  // Miami at 9:15pm Eastern: quiet hours until 8am there.
  assert.match(await page.textContent('#quiet-decision'), /Quiet hours: hold it.*Next allowed Sat, Nov 21, 8:00 AM EST/s);
  const picture = panel.locator('svg.timeline', { hasText: 'May reach Miami' });
  assert.equal(await picture.getAttribute('role'), 'img');
  const allowed = await picture.locator('rect.allowed').count();
  assert.ok(allowed >= 1, 'the allowed window is drawn');
  assert.equal(await panel.locator('svg.timeline').first().locator('rect.open').count() > 0, true, 'the week picture shows open hours');
  // A Seattle recipient may get it now (6:15pm Pacific).
  await panel.getByLabel('Sample recipient').selectOption('+12065550177');
  assert.match(await page.textContent('#quiet-decision'), /May send now/);
  // Back to Miami and the schedule, for the screenshot.
  await panel.getByLabel('Sample recipient').selectOption('+13055550123');
  await panel.getByLabel('Override for Front desk (Seattle)').selectOption('');
  assert.equal(await page.textContent('#hours-0 .open-state'), 'Open now');
  await done();
});

test('Errors: a code explained, the deliverability chart, edits that re-rank the actions', async () => {
  const { page, panel, done } = await open('errors');
  assert.match(await page.textContent('#explain'), /30034.*Unregistered Number.*Not registered.*Do not retry until fixed/s);
  await panel.getByLabel('Twilio error code').fill('21610');
  assert.equal(await page.textContent('#error-category'), 'Opted out');
  assert.match(await page.textContent('#explain'), /Stop texting this recipient/);
  assert.equal(await panel.locator('#explain a').getAttribute('href'), 'https://www.twilio.com/docs/api/errors/21610');
  await panel.getByLabel('Twilio error code').fill('banana');
  assert.match(await page.textContent('#panel-errors .problem'), /Cannot answer/);
  await panel.getByLabel('Twilio error code').fill('30007');
  assert.equal(await page.textContent('#error-category'), 'Content filtered');

  assert.equal(await page.textContent('#delivery-rate'), '93.2%');
  assert.ok(await panel.locator('svg.chart rect.bucket-delivered').count() === 1, 'the outcome bar has a delivered part');
  assert.ok(await panel.locator('svg.chart rect.cat-bar').count() >= 5, 'one bar per failure kind');
  assert.match(await page.textContent('#top-actions li:first-child'), /Register your business for US texting/);
  // With the 42 unregistered-number failures fixed, the toll-free verification leads.
  await panel.getByLabel('Error 30034').fill('0');
  assert.match(await page.textContent('#top-actions li:first-child'), /Verify your toll-free number/);
  await done();
});

test('Campaign: the message check as you type, the send plan and the cost for 2,400 patients', async () => {
  const { page, panel, done } = await open('campaign');
  // The sample promotion names the practice and says how to opt out, but its snowflake emoji
  // forces UCS-2: a note, not an error.
  const findings = () => page.textContent('#check-findings');
  assert.doesNotMatch(await findings(), /Will be refused/);
  assert.match(await findings(), /UCS-2/);
  // The plan: 2,400 messages, paced by a carrier lane; the cost in dollars.
  assert.match(await page.textContent('#plan-messages'), /^2,400messages$/);
  assert.match(await page.textContent('#plan-governing'), /What sets the pace/);
  assert.ok((await page.locator('#plan-summary li').count()) >= 1, 'the plan has a summary');
  assert.match(await page.textContent('#cost-total'), /^\$[\d,]+\.\d\d/);
  const costBefore = await page.textContent('#cost-total');
  // Typing a shortened link and dropping the opt-out: findings appear, each with its fix.
  const text = panel.getByLabel('Campaign text');
  await text.fill('Winter whitening 20% off! Book now: bit.ly/hd-winter');
  const now = await findings();
  assert.match(now, /public_url_shortener/);
  assert.match(now, /missing_opt_out/);
  assert.match(now, /Will be refused|Fix before sending/);
  assert.ok((await panel.locator('#check-findings .finding-fix').count()) >= 2, 'each finding has a fix');
  // GSM-7 now, one segment instead of two: the cost falls.
  assert.notEqual(await page.textContent('#cost-total'), costBefore);
  // A vetted brand changes the plan's pace.
  const lastBefore = await page.textContent('#plan-last');
  await panel.getByLabel('Sender').selectOption('vetted');
  assert.notEqual(await page.textContent('#plan-last'), lastBefore);
  await text.fill('Harbor Dental: winter whitening, 20% off until Dec 31. Book at harbordental.example. Reply STOP to opt out.');
  assert.match(await findings(), /Ready to send.*Nothing to fix/s);
  // Back to the current registration with the shortened link, for the screenshot: T-Mobile's
  // low-volume rate sets the pace.
  await panel.getByLabel('Sender').selectOption('now');
  await text.fill('Winter whitening 20% off! Book now: bit.ly/hd-winter');
  assert.match(await page.textContent('#plan-governing'), /T-Mobile/);
  await done();
});

test('Registration: the assistant-filled form, the verdict and what to fix first', async () => {
  const { page, panel, done } = await open('registration');
  const verdict = () => page.textContent('#preflight-verdict');
  assert.match(await verdict(), /Fix these first/);
  const severities = await panel.locator('#preflight-findings .finding').evaluateAll((els) => els.map((e) => e.className.replace('finding sev-', '')));
  assert.ok(severities.length >= 2, 'the draft has findings');
  const rank = { error: 0, warning: 1, info: 2 };
  assert.deepEqual(severities, [...severities].sort((a, b) => rank[a] - rank[b]), 'errors first, then warnings, then notes');
  assert.equal(severities[0], 'error');
  assert.match(await page.textContent('#preflight-findings'), /bit\.ly|shorten/i);
  // The owner accepts the fixes: the flow discloses, the samples name the practice and say STOP.
  await panel.getByLabel('Message flow (how patients opt in)').fill('Patients opt in on the online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: "I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out." The box links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).');
  await panel.getByLabel('Sample messages').fill('Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm, STOP to opt out.\nHarbor Dental: thanks for visiting! Rate your visit: https://www.harbordental.com/review. Questions? Call (206) 555-0142. Reply STOP to opt out.');
  assert.match(await verdict(), /Ready to submit/);
  // Unticking "contains phone numbers" while a sample has one: a warning on that field.
  await panel.getByLabel('Messages contain phone numbers').uncheck();
  assert.match(await panel.locator('#preflight-findings .finding.sev-warning').first().textContent(), /has_embedded_phone/);
  await panel.getByLabel('Messages contain phone numbers').check();
  // An emptied description is an error: back to "fix first".
  await panel.getByLabel('Description').fill('');
  assert.match(await verdict(), /Fix these first/);
  assert.match(await panel.locator('#preflight-findings .finding.sev-error').first().textContent(), /description/);
  await panel.getByLabel('Description').fill('Harbor Dental sends appointment reminders and visit follow-ups to its patients in Seattle and Vancouver.');
  // The toggle shows the toll-free verification the assistant filled, checked the same way.
  await panel.getByRole('radio', { name: 'Toll-free verification' }).click();
  assert.equal(await panel.getByLabel('Business website').inputValue(), 'https://www.harbordental.com');
  assert.ok((await panel.locator('#preflight-findings .finding').count()) >= 1);
  await panel.getByRole('radio', { name: 'Brand' }).click();
  assert.equal(await panel.getByLabel('Business name').inputValue(), 'Harbor Dental PLLC');
  // Back to the campaign: the edits were kept.
  await panel.getByRole('radio', { name: 'Campaign (10DLC)' }).click();
  assert.match(await verdict(), /Ready to submit/);
  // A sample with a public shortener, for the screenshot: an error on that sample.
  await panel.getByLabel('Sample messages').fill('Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm, STOP to opt out.\nThanks for visiting! Rate your visit: bit.ly/hd-review');
  assert.match(await verdict(), /Fix these first/);
  assert.match(await panel.locator('#preflight-findings .finding.sev-error').first().textContent(), /message_samples\[1\].*bit\.ly/s);
  await done();
});

test('keyboard: arrow keys move between tabs; every control has a label', async () => {
  const { page, done } = await open('numbers');
  await page.focus('#tab-numbers');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-composer', 'aria-selected'), 'true');
  assert.equal(await page.isVisible('#panel-composer'), true);
  assert.equal(await page.isVisible('#panel-numbers'), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-composer');
  await page.keyboard.press('End');
  assert.equal(await page.getAttribute('#tab-registration', 'aria-selected'), 'true');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-numbers', 'aria-selected'), 'true', 'wraps around');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => !(el.labels?.length || el.getAttribute('aria-label')))
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);
  await done(false);
});

test('contrast: visible text is at least 4.5:1 against its background', async () => {
  const { page, done } = await open('numbers');
  for (const panel of ['numbers', 'composer', 'inbox', 'hours', 'errors', 'campaign', 'registration']) {
    await page.click(`#tab-${panel}`);
    const low = await page.evaluate(() => {
      const rgb = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length >= 3 && (c.length === 3 || c[3] > 0.9)) return c;
        }
        return [255, 255, 255];
      };
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent.trim() || !el || el.closest('svg, option, [hidden], .skip')) continue;
        if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
        const fg = rgb(getComputedStyle(el).color);
        const [a, b] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        if (ratio < 4.5) out.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 30)}`);
      }
      return out;
    });
    assert.deepEqual(low, [], `low-contrast text on ${panel}`);
  }
  await done(false);
});
