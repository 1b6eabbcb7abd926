// The second page's script: the elements through `@idokit/widgets/react` (@lit/react), written
// the way the widgets README shows them: camelCase props set as properties (a number, a list, a
// Location object, a Date) and `onIdo…` handlers. What the handlers get is written into the page.
import './setup.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { fixtureFeed } from '@idokit/sdk/testing';
import { IdoLocator, IdoOpeningHours } from '@idokit/widgets/react';

const NOW = new Date('2026-11-18T09:30:00Z');
const utrecht = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-centrum')!;

function Wrappers() {
  const [chosen, setChosen] = useState<string[]>([]);
  const [searches, setSearches] = useState<string[]>([]);
  return (
    <>
      <IdoLocator
        id="locator"
        feed="/feed.json"
        query="8011"
        radius={10}
        openNow
        services={['walk-in']}
        limit={1}
        headingLevel={4}
        lang="nl"
        now={NOW}
        onIdoSearch={(event) =>
          setSearches((s) => [...s, `${event.detail.query}:${event.detail.total}`])
        }
        onIdoLocationSelect={(event) => setChosen((c) => [...c, event.detail.location.id])}
      />
      <IdoOpeningHours id="hours" location={utrecht} show="library" compact lang="en" now={NOW} />
      <p id="chosen">{chosen.join(' ')}</p>
      <p id="searches">{searches.join(' ')}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Wrappers />);
