// The README's hydration recipe, in its order: Lit's hydration support first (before anything
// loads Lit), then the page's own template hydrated with the server's data (this sets
// `.location` on the elements, still undefined), and only then the elements defined, each
// hydrating its own server-rendered shadow root with the properties it now has.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// (This test's page only: postcodes from the fixture table, as the page has no internet.)
import '../../page/setup.js';
import { hydrate } from '@lit-labs/ssr-client';
import { page, pageData } from './template.js';

hydrate(page(pageData()), document.getElementById('app')!);
await import('@idokit/widgets/define.js');
document.documentElement.dataset.hydrated = 'true';
