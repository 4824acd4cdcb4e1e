import { describe, expect, it } from 'vitest';
import {
  MAX_LAYOUTS,
  MAX_OUTPUT_CHARS,
  MAX_TIMELINE_EVENTS,
  cappedNotes,
  doneSummary,
  isRunRequest,
  isWorkerMessage,
  type DoneMessage,
} from '../../src/playground/protocol.ts';

const done: DoneMessage = { type: 'done', exitCode: 0, timelineEvents: 10, layouts: 2, outputChars: 100, unsupported: null };

describe('playground protocol', () => {
  it('accepts a run request and rejects anything else sent to the worker', () => {
    expect(isRunRequest({ type: 'run', source: 'print(1)\n', memory: false })).toBe(true);
    expect(isRunRequest({ type: 'run', source: 'print(1)\n' })).toBe(false);
    expect(isRunRequest({ type: 'run', source: 1, memory: false })).toBe(false);
    expect(isRunRequest({ type: 'stop' })).toBe(false);
    expect(isRunRequest(null)).toBe(false);
    expect(isRunRequest('run')).toBe(false);
  });

  it('accepts each message of the worker in its shape', () => {
    expect(isWorkerMessage({ type: 'output', stream: 'stderr', text: 'Traceback' })).toBe(true);
    expect(isWorkerMessage({ type: 'timeline', lines: ['[t=  0.000] call'] })).toBe(true);
    expect(isWorkerMessage({ type: 'layout', index: 0, title: 'generator at 0x1', svg: '<svg/>' })).toBe(true);
    expect(isWorkerMessage(done)).toBe(true);
    expect(isWorkerMessage({ ...done, unsupported: 'the bytecode compiler' })).toBe(true);
    expect(isWorkerMessage({ type: 'crashed', message: 'InternalError: x' })).toBe(true);
  });

  it('rejects malformed or unknown messages of the worker', () => {
    expect(isWorkerMessage({ type: 'output', stream: 'stdin', text: '' })).toBe(false);
    expect(isWorkerMessage({ type: 'timeline', lines: [1] })).toBe(false);
    expect(isWorkerMessage({ type: 'layout', index: '0', title: '', svg: '' })).toBe(false);
    expect(isWorkerMessage({ ...done, layouts: undefined })).toBe(false);
    expect(isWorkerMessage({ type: 'progress' })).toBe(false);
    expect(isWorkerMessage(undefined)).toBe(false);
  });

  it('notes nothing when the run fits every pane', () => {
    expect(cappedNotes({ ...done, outputChars: MAX_OUTPUT_CHARS, timelineEvents: MAX_TIMELINE_EVENTS, layouts: MAX_LAYOUTS })).toEqual({
      output: null,
      timeline: null,
      layout: null,
    });
  });

  it('says how much of each capped pane is shown', () => {
    expect(cappedNotes({ ...done, outputChars: MAX_OUTPUT_CHARS + 1, timelineEvents: 123_456, layouts: MAX_LAYOUTS + 5 })).toEqual({
      output: `Showing the first 1000000 of 1000001 characters.`,
      timeline: 'Showing the first 2000 of 123456 events.',
      layout: 'Showing the first 100 of 105 diagrams.',
    });
  });

  it('summarises a finished run with its exit status and wall time', () => {
    expect(doneSummary({ ...done, exitCode: 1 }, 420)).toBe('exit status 1 · 0.42 s');
    expect(doneSummary({ ...done, unsupported: 'the bytecode compiler' }, 1500)).toBe('stopped: corosim cannot run the bytecode compiler yet · 1.50 s');
  });
});
