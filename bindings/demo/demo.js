// The demo page's behaviour: every keystroke asks the WebAssembly core again.
import * as telrules from '../browser.js';

const $ = (id) => document.getElementById(id);

function showSegments() {
  const result = telrules.segments({ text: $('text').value, smart_encoding: $('smart').checked });
  const forced = result.non_gsm.length ? `\nForced into UCS-2 by: ${result.non_gsm.join(' ')}` : '';
  $('segments').textContent = `${result.segments} segment(s), ${result.encoding}, ${result.characters} characters${forced}`;
}

function showPhone() {
  try {
    const p = telrules.parsePhone({ input: $('phone').value });
    $('parsed').textContent = p.valid ? `${p.e164 ?? '(short code)'} · ${p.country} · ${p.kind}` : 'Not a valid number';
  } catch (e) {
    $('parsed').textContent = e.message;
  }
}

function showFindings() {
  const result = telrules.checkMessage({
    body: $('check').value,
    first_message: true,
    message_class: 'marketing',
    org: { name: 'Harbor Dental', domain: 'harbordental.com' },
    to: '+12065550142',
  });
  const lines = result.findings.map((f) => `[${f.severity}] ${f.message}\n  fix: ${f.fix}`);
  $('findings').textContent = lines.length ? lines.join('\n') : 'No findings: ready to send.';
}

$('text').addEventListener('input', showSegments);
$('check').addEventListener('input', showFindings);
$('smart').addEventListener('change', showSegments);
$('phone').addEventListener('input', showPhone);
showSegments();
showPhone();
showFindings();
// Lets the browser test know the module loaded and the page rendered.
window.telrulesReady = true;
