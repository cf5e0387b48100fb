/** Only same-site paths may follow sign-in, so `?next=` cannot send a user off to another site. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) {
    return '/customers';
  }
  return next;
}
