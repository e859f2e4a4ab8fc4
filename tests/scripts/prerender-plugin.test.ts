import { describe, expect, it } from 'vitest';
import { fillTemplate, PRERENDER_MARKER } from '../../scripts/prerender-plugin';

const template = `<html><head><meta name="description" content="Old" /><title>Old</title></head><body><div id="root">${PRERENDER_MARKER}</div></body></html>`;

describe('putting pre-rendered markup into a page', () => {
  it('replaces the marker with the markup, and the title and description when given', () => {
    const html = fillTemplate(
      template,
      { html: '<main><h1>About</h1></main>', title: 'About & more', description: 'Say "hi"' },
      'about.html',
    );

    expect(html).toContain('<div id="root"><main><h1>About</h1></main></div>');
    expect(html).toContain('<title>About &amp; more</title>');
    expect(html).toContain('content="Say &quot;hi&quot;"');
  });

  it('keeps a dollar sign in the markup as written', () => {
    expect(fillTemplate(template, { html: '<p>$& $1</p>' }, 'index.html')).toContain(
      '<p>$& $1</p>',
    );
  });

  it('refuses markup with a style attribute, which the Content-Security-Policy would block', () => {
    expect(() =>
      fillTemplate(template, { html: '<div style="width:40%">x</div>' }, 'index.html'),
    ).toThrow(/inline style attribute/);
  });

  it('refuses a page without the marker', () => {
    expect(() => fillTemplate('<div id="root"></div>', { html: '<p/>' }, 'index.html')).toThrow(
      /marker/,
    );
  });
});
