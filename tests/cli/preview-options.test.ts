import { describe, expect, it } from 'vitest';
import { portOption } from '../../src/cli/preview-options.ts';

describe('portOption', () => {
  it.each([
    [undefined, undefined],
    ['0', 0],
    ['4321', 4321],
    ['65535', 65535],
    ['65536', null],
    ['-1', null],
    ['http', null],
    ['', null],
    [' ', null],
    ['80.5', null],
  ])('%j → %j', (value, port) => {
    expect(portOption(value)).toBe(port);
  });
});
