import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/lib/page-window';

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageWindow(1, 8)).toEqual([1, 2, 'gap', 8]);
  });

  it('keeps the first, the last, the current page and its neighbours, with gaps between', () => {
    expect(pageWindow(1, 300)).toEqual([1, 2, 'gap', 300]);
    expect(pageWindow(150, 300)).toEqual([1, 'gap', 149, 150, 151, 'gap', 300]);
    expect(pageWindow(300, 300)).toEqual([1, 'gap', 299, 300]);
  });

  it('shows a single hidden page instead of a gap', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
    expect(pageWindow(7, 10)).toEqual([1, 'gap', 6, 7, 8, 9, 10]);
  });

  it('stays the same size however long the list', () => {
    expect(pageWindow(5000, 10000).length).toBe(pageWindow(50, 100).length);
  });
});
