import { describe, expect, it } from 'vitest';
import {
  dynamicImports,
  inlineStyles,
  referencedFiles,
  staticImports,
} from '../../scripts/bundle-size.mjs';

describe('what the size budget counts as loaded at start', () => {
  it('counts module scripts, module preloads and stylesheets of a page, but not other links', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c3.css">
      <link rel="manifest" href="/manifest.webmanifest">
      <link rel="icon" href="/favicon.svg">
      <script id="vite-plugin-pwa:register-sw" src="/registerSW.js"></script>
    </head>`;

    expect(referencedFiles(html)).toEqual({
      js: ['assets/index-a1.js', 'assets/vendor-b2.js', 'registerSW.js'],
      css: ['assets/index-c3.css'],
    });
  });

  it('follows static imports of a minified chunk and leaves dynamic imports out', () => {
    const code =
      'import{a as e,b as t}from"./react-x1.js";import"./side-y2.js";' +
      'const n=()=>import("./summary-z3.js");export{n};';

    expect(staticImports(code)).toEqual(['./react-x1.js', './side-y2.js']);
  });

  it('finds the dynamic imports with which the entry script starts the app', () => {
    const code =
      'requestAnimationFrame(()=>setTimeout(()=>a(async()=>{await import(`./mount-q9.js`)},[])));';

    expect(dynamicImports(code)).toEqual(['./mount-q9.js']);
    expect(staticImports(code)).toEqual([]);
  });

  it('counts the text of each style element of a page as CSS', () => {
    const html =
      '<head><style>h1{color:red}</style><style media="print">\np{margin:0}\n</style></head>';

    expect(inlineStyles(html)).toEqual(['h1{color:red}', '\np{margin:0}\n']);
  });
});
