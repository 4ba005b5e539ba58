import MarkdownIt from 'markdown-it';

/**
 * The minutes' Markdown as HTML to show in the page. CommonMark with tables
 * (markdown-it), with raw HTML off: anything that looks like a tag is shown
 * as text, whatever someone typed into a statement; links keep markdown-it's
 * own check (no `javascript:`, `vbscript:`, `file:` or non-image `data:`) and
 * open in a new tab.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false }).enable('table');
const renderLink = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  token?.attrSet('target', '_blank');
  token?.attrSet('rel', 'noopener noreferrer');
  return renderLink ? renderLink(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

/** `text` (Markdown, as the server writes the minutes) as HTML with no raw HTML of its own. */
export function minutesHtml(text: string): string {
  return markdown.render(text);
}
