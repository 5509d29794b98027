// The one-line consumer the bundler smoke test builds: import the package, call an op.
import { segments } from 'telrules';
document.body.dataset.answer = JSON.stringify(segments({ text: 'Your table is ready 😀' }));
