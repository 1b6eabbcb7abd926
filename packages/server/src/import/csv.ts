import { parse } from 'csv-parse/sync';

/** One problem found while importing, with the spreadsheet row (the header is row 1). */
export interface ImportIssue {
  row?: number;
  column?: string;
  message: string;
}

/** An import refused as a whole; nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly issues: ImportIssue[];

  constructor(issues: ImportIssue[]) {
    super(
      `Nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.issues = issues;
  }
}

/** `row 3, postcode: Must be …` */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.row !== undefined ? `row ${issue.row}` : '', issue.column ?? '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** A parsed CSV: header names and data rows keyed by them, each with its spreadsheet row. */
export interface CsvTable {
  header: string[];
  rows: { row: number; values: Record<string, string> }[];
}

/**
 * Parses CSV text (RFC 4180, via csv-parse): comma- or semicolon-separated (Dutch spreadsheets
 * write `;`), optional BOM, quoted cells with commas and newlines. Checks the header against
 * the known columns; cells are trimmed, empty cells left out.
 * @throws ImportError on malformed CSV or an unusable header.
 */
export function parseCsv(
  text: string,
  columns: { required: readonly string[]; optional: readonly string[] },
): CsvTable {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportError([
      { ...(line ? { row: line } : {}), message: `Not valid CSV: ${(error as Error).message}` },
    ]);
  }
  const [head, ...body] = records;
  if (!head) throw new ImportError([{ message: 'The file is empty' }]);
  const header = head.map((h) => h.trim().toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  const issues: ImportIssue[] = [];
  for (const name of header)
    if (!known.has(name))
      issues.push({
        row: 1,
        column: name,
        message: `Unknown column; the columns are: ${[...known].join(', ')}`,
      });
  for (const name of columns.required)
    if (!header.includes(name)) issues.push({ row: 1, column: name, message: 'Missing column' });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) issues.push({ row: 1, column: name, message: 'Column appears twice' });
    seen.add(name);
  }
  if (issues.length) throw new ImportError(issues);
  return {
    header,
    rows: body.map((cells, index) => {
      const values: Record<string, string> = {};
      header.forEach((name, i) => {
        const cell = cells[i];
        if (cell !== undefined && cell !== '') values[name] = cell;
      });
      return { row: index + 2, values };
    }),
  };
}

/** `a; b;c` → `['a', 'b', 'c']` */
export const splitList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
