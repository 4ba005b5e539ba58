/**
 * The end of the meeting bar (`MeetingBar`: after following and the hand),
 * where the layers loaded after the first screen draw their notices
 * (`FloorNotice`, `BackToTable`) through a portal; null while the bar is not
 * on the page.
 */
export function meetingBarEnd(): HTMLElement | null {
  return typeof document === 'undefined'
    ? null
    : document.querySelector<HTMLElement>('[data-meeting-bar] .rt-meeting-bar__end');
}
