// The JSX typings generated from the custom-elements manifest, for React 19's JSX namespace.
import type { CustomElements } from '@idokit/widgets/types/jsx.d.ts';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
