// Enter registers from every field of the visit, not only from text fields: a drop-down list
// (where Enter would open it), a choice, a check box, the date, and the note (Shift+Enter or
// Ctrl+Enter makes a new line there). Type-ahead fields handle their own Enter first.

/** The visit form's `keydown` listener. */
export function registerOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing || event.altKey) return;
  const target = event.composedPath()[0];
  const choice =
    target instanceof HTMLInputElement && ['radio', 'checkbox', 'date'].includes(target.type);
  if (target instanceof HTMLTextAreaElement) {
    if (event.shiftKey) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      target.setRangeText('\n', target.selectionStart, target.selectionEnd, 'end');
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return;
    }
  } else if (target instanceof HTMLSelectElement || choice) {
    if (event.shiftKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
  } else return;
  (event.currentTarget as HTMLFormElement).requestSubmit();
}
