// Reads parser fixtures (test/fixtures/parsers = seed excerpts, test/fixtures/public = cited public samples).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMultiResult, type MultiResult } from '../../../electron/parsers/index';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function seedFixture(name: string): string {
  return readFileSync(`${root}parsers/${name}`, 'utf8');
}

export function publicFixture(name: string): string {
  return readFileSync(`${root}public/${name}`, 'utf8');
}

/** Asserts a single result (not {results:[…]}) and returns it. */
export function single<R>(value: R | MultiResult<R>): R {
  if (isMultiResult(value)) throw new Error(`expected one result, got ${value.results.length}`);
  return value;
}

/** Asserts {results:[…]} and returns the list. */
export function many<R>(value: R | MultiResult<R>): R[] {
  if (!isMultiResult(value)) throw new Error('expected {results:[…]}');
  return value.results;
}

/** Blog-style re-flow: a blank line after every line. */
export function reflow(text: string): string {
  return text.split('\n').join('\n\n');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
