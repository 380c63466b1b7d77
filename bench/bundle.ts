// Bundle sizes per entrypoint, read from the production build: the manifest names the background
// worker and the content scripts; HTML pages name their scripts, preloaded chunks and styles.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Results } from './report';

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  side_panel?: { default_path?: string };
}

interface Entrypoint {
  name: string;
  js: string[];
  css: string[];
}

/** Files an HTML page loads: module scripts, modulepreload chunks and stylesheets. */
function filesOfPage(dir: string, page: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dir, page), 'utf8');
  const resolveRef = (ref: string) =>
    posix.normalize(ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(page), ref));
  const js = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => resolveRef(m[1]!));
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => resolveRef(m[1]!));
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

export function entrypointsOf(dir: string): Entrypoint[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entrypoints: Entrypoint[] = [];
  if (manifest.background?.service_worker)
    entrypoints.push({ name: 'background', js: [manifest.background.service_worker], css: [] });
  manifest.content_scripts?.forEach((script, index) => {
    const name = script.js?.[0] ? basename(script.js[0]).replace(/\.js$/, '') : `content-${index}`;
    entrypoints.push({ name: `content script (${name})`, js: script.js ?? [], css: script.css ?? [] });
  });
  const pages: [string, string | undefined][] = [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
    ['side panel', manifest.side_panel?.default_path],
  ];
  for (const [name, page] of pages)
    if (page && existsSync(join(dir, page))) entrypoints.push({ name, ...filesOfPage(dir, page) });
  return entrypoints;
}

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** CSS that a content script injects at run time (e.g. a shadow root's styles) lives inside its JS. */
function sizes(dir: string, files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(join(dir, file));
    raw += data.length;
    gzip += gzipSize(data);
  }
  return { raw, gzip };
}

export function runBundleBench(results: Results, dir: string): void {
  const section = 'Bundle (production build)';
  const kb = (bytes: number) => bytes / 1024;
  for (const entry of entrypointsOf(dir)) {
    const isContent = entry.name.startsWith('content script');
    const key = isContent ? 'content' : entry.name.replace(/\s+/g, '-');
    const js = sizes(dir, entry.js);
    const css = sizes(dir, entry.css);
    results.add({
      key: `bundle.${key}.js.raw`,
      section,
      label: `${entry.name} JS`,
      value: kb(js.raw),
      unit: 'KB',
      note: entry.js.join(', '),
    });
    results.add({
      key: `bundle.${key}.js.gzip`,
      section,
      label: `${entry.name} JS, gzip`,
      value: kb(js.gzip),
      unit: 'KB',
      target: isContent ? { op: '<=', value: 40 } : undefined,
    });
    results.add({
      key: `bundle.${key}.css.raw`,
      section,
      label: `${entry.name} CSS`,
      value: kb(css.raw),
      unit: 'KB',
      note: entry.css.join(', ') || 'none',
    });
    results.add({
      key: `bundle.${key}.css.gzip`,
      section,
      label: `${entry.name} CSS, gzip`,
      value: kb(css.gzip),
      unit: 'KB',
    });
  }
  // Chunks no entrypoint loads up front (lazy UI, e.g. the card on first hover).
  const listed = new Set(entrypointsOf(dir).flatMap((entry) => [...entry.js, ...entry.css]));
  const lazy = listFiles(dir).filter((file) => /\.(js|css)$/.test(file) && !listed.has(file));
  const lazySizes = sizes(dir, lazy);
  results.add({
    key: 'bundle.other.gzip',
    section,
    label: 'other JS/CSS files, gzip',
    value: kb(lazySizes.gzip),
    unit: 'KB',
    note: lazy.join(', ') || 'none',
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, posix.join(prefix, entry.name)) : [posix.join(prefix, entry.name)],
  );
}
