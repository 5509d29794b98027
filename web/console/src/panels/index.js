// The console's panels, in tab order. A panel is one module whose default export is
// { id, title, description, mount(root, ctx) }; adding a capability to the console is one
// new file in this folder and one line here.
import numbers from './numbers.js';
import composer from './composer.js';
import inbox from './inbox.js';
import hours from './hours.js';
import errors from './errors.js';
import campaign from './campaign.js';
import registration from './registration.js';

export const PANELS = [numbers, composer, inbox, hours, errors, campaign, registration];
