import { describe, expect, it } from 'vitest';
import { minutesHtml } from './minutesHtml.ts';

describe('minutesHtml', () => {
  it('renders the minutes’ headings, emphasis, lists and tables', () => {
    const html = minutesHtml(
      '# Minutes\n\n**Agreed**: 1.2\n\n- one\n- two\n\n| Indicator | Status |\n| --- | --- |\n| 1.2 | Agreed |\n',
    );
    expect(html).toContain('<h1>Minutes</h1>');
    expect(html).toContain('<strong>Agreed</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>1.2</td>');
  });

  it('shows typed HTML as text and drops script links', () => {
    const html = minutesHtml('<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('opens links in a new tab', () => {
    expect(minutesHtml('[IOM](https://www.iom.int)')).toContain(
      '<a href="https://www.iom.int" target="_blank" rel="noopener noreferrer">IOM</a>',
    );
  });
});
