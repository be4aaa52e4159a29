/** A distinct colour per layer index (0 = the container layer), stable across renders. */
export function layerColour(index: number): string {
  if (index === 0) return 'var(--ll-ctr-border)';
  if (index === 1) return 'var(--ll-muted)';
  return `hsl(${(index * 67 + 190) % 360} 70% 50%)`;
}
