import dayjs from 'dayjs';

/** Timestamps are shown in the browser's time zone, to the minute. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Calendar dates (`YYYY-MM-DD`) are shown as stored: no time zone shift. */
export function formatDate(date: string | null | undefined): string {
  return date ?? '—';
}
