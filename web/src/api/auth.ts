import { isApiError } from './api-error.ts';
import { api, call } from './client.ts';
import type { Me } from './types.ts';

export async function login(username: string, password: string): Promise<Me> {
  const { user } = await call(api.POST('/api/auth/login', { body: { username, password } }));
  return user;
}

export async function logout(): Promise<void> {
  await call(api.POST('/api/auth/logout'));
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await call(api.GET('/api/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}
