import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderArticle } from './render-plan.js';

/** A plan written to break out of its text: the browser test opens the same file in Chromium. */
const hostilePlan = readFileSync(fileURLToPath(new URL('fixtures/hostile-plan.md', import.meta.url)), 'utf8');

describe('hostile plan text', () => {
  it('renders every tag, handler, javascript: link and Handlebars expression as text', async () => {
    const article = await renderArticle(hostilePlan);
    // No element the plan wrote survives as markup.
    expect(article).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(article).not.toMatch(/<a\b[^>]*javascript:/i);
    expect(article).not.toMatch(/\son(error|load)\s*=/i);
    // The clerk's characters are all still there, as text.
    expect(article).toContain('&lt;script&gt;window.__pwned &#x3D; &quot;inline&quot;&lt;/script&gt;');
    expect(article).toContain('&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned &#x3D; &#x27;img&#x27;&quot;&gt;');
    expect(article).toContain('{{constructor.constructor &quot;return process&quot;}}');
    expect(article).toContain('{{&gt; ../../secret}}');
    // A javascript: link keeps its words and loses its target.
    expect(article).toMatch(/<span class="unsafe-link" title="javascript:window.__pwned&#x3D;&#x27;link&#x27;">这里<\/span>/);
  });
});
