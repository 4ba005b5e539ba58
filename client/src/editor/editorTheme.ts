import type { EditorThemeClasses } from 'lexical';
import indicatorChrome from '../styles/indicatorChrome.css?inline';

/**
 * Class names for built-in nodes; our own nodes set theirs in createDOM (see @roundtable/editor).
 * `indicatorChrome` is the CSS the indicator headers' and footers' shadow roots adopt.
 */
export const editorTheme: EditorThemeClasses = {
  indicatorChrome,
  paragraph: 'rt-p',
  list: {
    ul: 'rt-ul',
    ol: 'rt-ol',
    listitem: 'rt-li',
  },
  link: 'rt-a',
  text: {
    bold: 'rt-bold',
    italic: 'rt-italic',
    underline: 'rt-underline',
    strikethrough: 'rt-strike',
    underlineStrikethrough: 'rt-underline-strike',
  },
  collaboration: {
    cursor: 'rt-cursor',
    cursorName: 'rt-cursor__name',
    selection: 'rt-remote-selection',
    selectionBg: 'rt-remote-selection__bg',
  },
};
