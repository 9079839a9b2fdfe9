import { describe, expect, it } from 'vitest';
import { readPdfDestinations } from '../../../../src/render/pdf/pdf-destinations.js';
import { fakePdf } from './fake-pdf.js';

describe('reading named destinations from a PDF', () => {
  it('gives each name its page and height, pages in the page tree’s order', () => {
    const read = readPdfDestinations(fakePdf({ pages: 3, destinations: { top: { page: 1, y: 841.92 }, end: { page: 3, y: 610.5 } } }));
    expect(read?.pages).toBe(3);
    expect(read?.destinations.get('top')).toEqual({ page: 1, y: 841.92 });
    expect(read?.destinations.get('end')).toEqual({ page: 3, y: 610.5 });
  });

  it('follows a page tree of several levels', () => {
    const read = readPdfDestinations(fakePdf({ pages: 5, nested: true, destinations: { a: { page: 4, y: 100 } } }));
    expect(read?.pages).toBe(5);
    expect(read?.destinations.get('a')?.page).toBe(4);
  });

  it('reads a /Names tree as well as a /Dests dictionary', () => {
    const read = readPdfDestinations(fakePdf({ pages: 2, nameTree: true, destinations: { 'plan-measure-end': { page: 2, y: 300 } } }));
    expect(read?.destinations.get('plan-measure-end')).toEqual({ page: 2, y: 300 });
  });

  it('is not misled by a stream whose bytes look like objects', () => {
    const read = readPdfDestinations(fakePdf({ pages: 1, destinations: {} }));
    expect(read).toEqual({ pages: 1, destinations: new Map() });
  });

  it('reads a stream whose length is given by reference, and a string that says stream', () => {
    const read = readPdfDestinations(fakePdf({ pages: 2, lengthByReference: true, destinations: { end: { page: 2, y: 120 } } }));
    expect(read?.pages).toBe(2);
    expect(read?.destinations.get('end')).toEqual({ page: 2, y: 120 });
  });

  it('returns null for what it cannot read', () => {
    expect(readPdfDestinations(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<</Type /ObjStm /Length 3>> stream\nxyz\nendstream\nendobj\n'))).toBeNull();
    expect(readPdfDestinations(new Uint8Array())).toBeNull();
  });
});
