import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it('matches fixed and parameter segments', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/snap', '/snap')).toEqual({});
    expect(matchPath('/verify/:id', '/verify/AB%20C')).toEqual({ id: 'AB C' });
    expect(matchPath('/snap/:id', '/snap/1?x=2')).toEqual({ id: '1' });
  });
  it('rejects other shapes', () => {
    expect(matchPath('/snap', '/snap/1')).toBeNull();
    expect(matchPath('/verify/:id', '/p/x')).toBeNull();
  });
});
