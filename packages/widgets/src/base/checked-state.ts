import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Keeps a checkbox's `checked` property in step with `on`, in the browser only:
 * `<input type="checkbox" ?checked=${on} ${checkedState(on)} />`.
 *
 * A `.checked=${on}` binding is what Lit's server rendering writes as an attribute, as
 * `checked="false"` too, so a page shows a ticked box until its scripts run. The boolean
 * attribute gives the first paint (absent when false); this directive, on the element and so
 * skipped by the server, sets the property whenever it differs, as `live()` would, because a
 * box the resident has clicked no longer follows its attribute.
 */
class CheckedStateDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('checkedState() goes on an <input> itself');
  }

  render(_on: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [on]: [boolean]): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (input.checked !== on) input.checked = on;
    return nothing;
  }
}

export const checkedState = directive(CheckedStateDirective);
