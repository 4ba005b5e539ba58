/** The DOM block of an indicator, by its id (`data-indicator-id` is set by IndicatorNode). */
export function findIndicatorElement(indicatorId: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-indicator-id="${CSS.escape(indicatorId)}"]`);
}
