// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/lib/export/xlsx';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// CI installs LibreOffice (.ci/run); without it this check is skipped, not passed.
describe.skipIf(!soffice)('the .xlsx as LibreOffice reads it', () => {
  it('converts to CSV with 01 intact, numbers plain and formula-like text as text', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmre-xlsx-'));
    try {
      const rows = [
        { entity_code: '01', entity: 'Aguascalientes', value: 1234, share: 0.25, note: '=1+1' },
        { entity_code: '16', entity: 'Michoacán', value: null, share: null, note: '' },
      ];
      const columns = ['entity_code', 'entity', 'value', 'share', 'note'];
      const buffer = await buildWorkbook({
        title: 'T',
        columns,
        rows,
        sources: [],
        url: '',
        lang: 'es',
      }).xlsx.writeBuffer();
      writeFileSync(join(dir, 'view.xlsx'), Buffer.from(buffer as ArrayBuffer));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          // Comma, double quote, UTF-8 (76): the filter's options as LibreOffice numbers them.
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          join(dir, 'view.xlsx'),
        ],
        { stdio: 'ignore' },
      );
      const csv = readFileSync(join(dir, 'view.csv'), 'utf8').trim().split(/\r?\n/);
      expect(csv).toEqual([
        'entity_code,entity,value,share,note',
        '01,Aguascalientes,1234,0.25,=1+1',
        '16,Michoacán,,,',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
