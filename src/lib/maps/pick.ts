/**
 * What a click, a tap or Enter on a place asks of a map's selection. A plain
 * pick selects that place alone, or clears it when it is the only one
 * selected; a pick with Shift, Ctrl or Cmd adds the place, or takes it out if
 * it is there (as in a file list, and as Our World in Data's charts add a
 * country).
 */

/** A change of a map's selection: `toggle` adds or takes out `code`; `only` makes it the whole selection (null clears). */
export type SelectionChange = { kind: 'toggle'; code: string } | { kind: 'only'; code: string | null };

/** Whether an event asks to add to the selection rather than replace it. */
export const isAdditive = (event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean =>
  event.shiftKey || event.ctrlKey || event.metaKey;

export function pickPlace(selected: readonly string[], code: string, additive: boolean): SelectionChange {
  if (additive) return { kind: 'toggle', code };
  return { kind: 'only', code: selected.length === 1 && selected[0] === code ? null : code };
}
