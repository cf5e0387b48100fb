import { randomBytes } from 'node:crypto';
import type { Clock, Ids, Log } from './context.ts';

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: Ids = {
  token: (bytes = 32) => randomBytes(bytes).toString('base64url'),
};

export const consoleLog: Log = {
  info: (message, data) => console.log(message, data ?? ''),
  warn: (message, data) => console.warn(message, data ?? ''),
  error: (message, data) => console.error(message, data ?? ''),
};

export const silentLog: Log = { info: () => {}, warn: () => {}, error: () => {} };
