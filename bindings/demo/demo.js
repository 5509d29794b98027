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

$('text').addEventListener('input', showSegments);
$('smart').addEventListener('change', showSegments);
$('phone').addEventListener('input', showPhone);
showSegments();
showPhone();
// Lets the browser test know the module loaded and the page rendered.
window.telrulesReady = true;
