import { useLocation, useNavigate } from 'react-router';

/**
 * Back to where the user came from (keeping, say, the list's filters in its URL); on a page
 * opened directly from a link there is no in-app history, so go to `fallback` instead.
 */
export function useGoBack(fallback: string): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  return () => void (location.key === 'default' ? navigate(fallback) : navigate(-1));
}
