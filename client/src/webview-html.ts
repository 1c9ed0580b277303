/**
 * The HTML shell every webview of the extension starts from: a strict Content Security Policy
 * (nothing by default; scripts only from the extension's media folder and with this page's nonce;
 * styles from there or with the nonce; images only from the extension or inline data), and no
 * remote resource of any kind.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export interface WebviewPage {
  title: string;
  /** Scripts under the extension's media folder, loaded in order with the page's nonce. */
  scripts: vscode.Uri[];
  /** Stylesheets under the media folder. */
  stylesheets?: vscode.Uri[];
  /** CSS written into the page, carrying the nonce. */
  inlineCss?: string;
  /** Markup for the body; the caller escapes anything that came from a document. */
  body: string;
}

/** 128 random bits, base64: a fresh one per page. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function webviewHtml(webview: vscode.Webview, page: WebviewPage, nonce: string = makeNonce()): string {
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const links = (page.stylesheets ?? []).map((u) => `<link rel="stylesheet" href="${attr(webview.asWebviewUri(u).toString())}">`);
  const style = page.inlineCss ? [`<style nonce="${nonce}">${page.inlineCss.replace(/<\//g, '<\\/')}</style>`] : [];
  const scripts = page.scripts.map((u) => `<script nonce="${nonce}" src="${attr(webview.asWebviewUri(u).toString())}"></script>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(webview.cspSource, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${attr(page.title)}</title>`,
    ...links,
    ...style,
    '</head>',
    `<body>${page.body}${scripts.join('')}</body>`,
    '</html>',
  ].join('\n');
}
