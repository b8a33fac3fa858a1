/** A plain fixed-width text table for terminals: columns sized to content, long cells cut with an ellipsis. */
export function renderTable(headers: string[], rows: string[][], maxWidth = 48): string {
  const widths = headers.map((h, i) => Math.min(maxWidth, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const fit = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]): string => cells.map((c, i) => fit(c, widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
