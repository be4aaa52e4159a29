import { useDiagram } from './diagram-store';

/**
 * Outlines the inspected node (and the second layer of a comparison) with one CSS rule each,
 * so selecting re-renders no node.
 */
export function SelectionStyle() {
  const selected = useDiagram((s) => s.selected);
  const compare = useDiagram((s) => s.compare);
  let css = '';
  if (selected !== null)
    css += `.react-flow__node[data-id=${JSON.stringify(selected)}] .ll-node{outline:3px solid var(--ll-copy);outline-offset:2px}\n`;
  if (compare !== null)
    css += `.react-flow__node[data-id=${JSON.stringify(compare)}] .ll-node{outline:3px dashed var(--ll-commit);outline-offset:2px}\n`;
  return css === '' ? null : <style>{css}</style>;
}
