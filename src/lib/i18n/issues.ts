/** Words a validation issue in the reader's language, as plain text. */
import type { ValidationIssue } from '../data/tableSchema';
import type { Translate } from './translate';

export function describeIssue(issue: ValidationIssue, t: Translate): string {
  const where = [
    issue.row === null ? null : t('error.row', { row: issue.row }),
    issue.field === null ? null : t('error.column', { field: issue.field }),
    issue.value === null ? null : t('error.value', { value: issue.value }),
  ].filter((part) => part !== null);
  const what = t(`issue.${issue.code}`);
  const expected =
    issue.expected === null || issue.code === 'rowLength'
      ? ''
      : ` (${t('error.expected', { expected: issue.expected })})`;
  // Schema issues have no row or value; their English message is the most precise description.
  const detail = issue.code === 'schema' ? `: ${issue.message}` : '';
  return `${where.length > 0 ? `${where.join(', ')}: ` : ''}${what}${expected}${detail}`;
}
