/**
 * Keyboard movement between the buttons of a list (the locator's results, the partner list):
 * ArrowDown and ArrowUp move one, Home and End go to the ends, and focus stays inside the list.
 * Other keys are left alone.
 * @returns whether the key moved focus (its default action is then prevented)
 */
export function moveFocusInList(event: KeyboardEvent, buttons: readonly HTMLElement[]): boolean {
  const index = buttons.indexOf(event.target as HTMLElement);
  if (index < 0) return false;
  const next =
    event.key === 'ArrowDown'
      ? index + 1
      : event.key === 'ArrowUp'
        ? index - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : undefined;
  if (next === undefined) return false;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  return true;
}
