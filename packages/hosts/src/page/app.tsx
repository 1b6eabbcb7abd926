// The page's script: the elements as React 19 (JSX) and Vue 3 (a template compiled in the
// browser) render them, written the way a web developer copies them from the README: every
// documented attribute, as strings, exactly as in the plain HTML column.
import './setup.js';
import '@idokit/widgets/define.js';
import { createRoot } from 'react-dom/client';
import { createApp } from 'vue';
import './react-jsx.js';

const NOW = '2026-11-18T09:30:00Z';

function ReactHosts() {
  return (
    <>
      <ido-locator
        feed="/feed.json"
        query="8011"
        radius="10"
        open-now
        services="walk-in"
        limit="1"
        deep-link
        map
        tiles="/no-tiles/{z}/{x}/{y}.png"
        helpline="0800 1234567"
        heading-level="4"
        selected="ido-zwolle-centrum"
        lang="nl"
        now={NOW}
      ></ido-locator>
      <ido-opening-hours
        feed="/feed.json"
        location="ido-zwolle-centrum"
        show="both"
        lang="nl"
        now={NOW}
      ></ido-opening-hours>
      <ido-opening-hours
        feed="/feed.json"
        location="ido-utrecht-centrum"
        show="library"
        compact
        no-json-ld
        lang="en"
        now={NOW}
      ></ido-opening-hours>
    </>
  );
}

createRoot(document.getElementById('react')!).render(<ReactHosts />);

const vue = createApp({
  template: `
    <ido-locator
      feed="/feed.json"
      query="8011"
      radius="10"
      open-now
      services="walk-in"
      limit="1"
      deep-link
      map
      tiles="/no-tiles/{z}/{x}/{y}.png"
      helpline="0800 1234567"
      heading-level="4"
      selected="ido-zwolle-centrum"
      lang="nl"
      now="${NOW}"
    ></ido-locator>
    <ido-opening-hours
      feed="/feed.json"
      location="ido-zwolle-centrum"
      show="both"
      lang="nl"
      now="${NOW}"
    ></ido-opening-hours>
    <ido-opening-hours
      feed="/feed.json"
      location="ido-utrecht-centrum"
      show="library"
      compact
      no-json-ld
      lang="en"
      now="${NOW}"
    ></ido-opening-hours>`,
});
vue.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('ido-');
const mount = document.createElement('div');
document.getElementById('vue')!.append(mount);
vue.mount(mount);
