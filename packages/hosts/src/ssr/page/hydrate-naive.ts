// The order that fails, for the test to show that the recipe's order matters: the elements are
// defined first (as by the elements' script in the page's head) and update before the page's own
// script hydrates its template, so `<ido-opening-hours>` hydrates its shadow root without its
// `.location`, and Lit finds the server's markup does not match.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@idokit/widgets/define.js';
import { hydrate } from '@lit-labs/ssr-client';
import { page, pageData } from './template.js';

// The page's own script comes later: a task after the elements' first update.
await new Promise((resolve) => setTimeout(resolve));
hydrate(page(pageData()), document.getElementById('app')!);
document.documentElement.dataset.hydrated = 'true';
