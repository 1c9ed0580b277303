/** The webview shell: a strict Content Security Policy, the nonce on every script, nothing remote. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';
import { contentSecurityPolicy, makeNonce, webviewHtml } from '../../../client/src/webview-html';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const uri = (path: string): vscode.Uri => ({ path, toString: () => `file://${path}` }) as unknown as vscode.Uri;
const webview = { cspSource: CSP_SOURCE, asWebviewUri: (u: vscode.Uri) => ({ toString: () => `${CSP_SOURCE}${u.path}` }) } as unknown as vscode.Webview;

test('the policy allows nothing by default, and scripts only with the nonce', () => {
  const csp = contentSecurityPolicy(CSP_SOURCE, 'abc');
  const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), ["'nonce-abc'"]);
  assert.deepEqual(directives.get('style-src'), [CSP_SOURCE, "'nonce-abc'"]);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
});

test('every script and inline style carries the page nonce; nonces differ per page', () => {
  const html = webviewHtml(webview, { title: 'T <x>', scripts: [uri('/ext/client/media/timeline.js')], stylesheets: [uri('/ext/client/media/timeline.css')], inlineCss: '.a{}</style><script>', body: '<p>hi</p>' }, 'n0nce');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-n0nce'">/);
  assert.match(html, /<script nonce="n0nce" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/client\/media\/timeline\.js"><\/script>/);
  const outsideStyle = html.replace(/<style nonce="n0nce">[\s\S]*?<\/style>/, '');
  assert.equal((outsideStyle.match(/<script/g) ?? []).length, 1, 'no script but the one given');
  assert.match(html, /<style nonce="n0nce">\.a\{\}<\\\/style><script><\/style>/, 'inline CSS cannot close its own element');
  assert.match(html, /<title>T &lt;x><\/title>/);
  assert.notEqual(makeNonce(), makeNonce());
  assert.ok(makeNonce().length >= 22);
});

test('the view script uses no inline handlers, eval or remote resources', () => {
  const script = readFileSync('client/media/timeline.js', 'utf8');
  assert.doesNotMatch(script, /\beval\(|new Function|https?:\/\/|\.on(click|keydown|load)\s*=/);
});
