import { useUrlFilters } from '../../../app/hooks/useUrlFilters';
import { filtersFromParams, paramsWithFilters, type AuditFilters } from '../filters';

/**
 * The audit log's filters, mirrored in the address (`?user=&action=&from=&to=&patient=`). The
 * username box is typed into freely and applies after a pause (or at once with `commitUsername`).
 */
export function useAuditFilters(): {
  filters: AuditFilters;
  setFilters: (patch: Partial<AuditFilters>) => void;
  usernameInput: string;
  setUsernameInput: (value: string) => void;
  commitUsername: (value: string) => void;
} {
  const { filters, setFilters, textInput, setTextInput } = useUrlFilters({
    fromParams: filtersFromParams,
    toParams: paramsWithFilters,
    textKey: 'username',
  });
  const commitUsername = (value: string) => setFilters({ username: value.trim() });
  return { filters, setFilters, usernameInput: textInput, setUsernameInput: setTextInput, commitUsername };
}
