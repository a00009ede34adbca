import { describe, expect, it } from 'vitest';
import { splitInput } from '../../src/patches/split-input.ts';

describe('splitInput', () => {
  it('tells mbox, mail, diff and other text apart', () => {
    expect(splitInput('From abc@z Thu Jan  1 00:00:00 1970\nSubject: x\n\nbody\n').kind).toBe('mbox');
    expect(splitInput('Return-Path: <x@y>\nSubject: x\n\nbody\n').kind).toBe('mail');
    expect(splitInput('diff --git a/x b/x\n').kind).toBe('diff');
    expect(splitInput('Index: x\n===\n--- x\n+++ x\n@@ -1 +1 @@\n').kind).toBe('diff');
    expect(splitInput('hello\n').kind).toBe('unknown');
  });

  it('splits only on From lines after a blank line that look like separators', () => {
    const mbox = [
      'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001',
      'Subject: one',
      '',
      'From here on the body is prose.',
      '>From escaped',
      '>>From twice',
      '',
      'From mboxrd@z Thu Jan  1 00:00:00 1970',
      'Subject: two',
      '',
      'x',
    ].join('\n');
    const { messages } = splitInput(mbox);
    expect(messages.map((m) => [m.line, m.fromLine?.slice(0, 12)])).toEqual([
      [2, 'From 0123456'],
      [9, 'From mboxrd@'],
    ]);
    expect(messages[0].raw).toBe('Subject: one\n\nFrom here on the body is prose.\nFrom escaped\n>From twice\n');
    expect(messages[1].raw).toBe('Subject: two\n\nx');
  });
});
