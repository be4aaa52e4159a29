// A stable grid layout: each node takes the cell right above the node it stands on when that cell
// is free, otherwise the nearest free cell to its right in the same row (a node with nothing under
// it starts the leftmost wholly empty column). Cells are remembered, so a
// node never moves while it exists; adding one never shifts another. Deterministic for a given
// order of arrivals (the projection lists nodes in the store's order).

export const CELL_WIDTH = 260;
export const CELL_HEIGHT = 84;
export const NODE_WIDTH = 232;
export const NODE_HEIGHT = 64;

export interface Cell {
  readonly col: number;
  readonly row: number;
}

export interface Placed {
  readonly id: string;
  readonly below?: string;
}

export interface Layout {
  /** Place new nodes, forget gone ones; returns every current node's cell. */
  place(nodes: readonly Placed[]): ReadonlyMap<string, Cell>;
}

/** Flow coordinates of a cell's top-left corner (rows grow upwards: the base is at the bottom). */
export function cellPosition(cell: Cell): { x: number; y: number } {
  return { x: cell.col * CELL_WIDTH, y: -cell.row * CELL_HEIGHT };
}

export function createLayout(): Layout {
  const cells = new Map<string, Cell>();
  const taken = new Map<string, string>(); // "col:row" → node id
  const perColumn = new Map<number, number>(); // nodes in each column
  const key = (c: Cell): string => `${c.col}:${c.row}`;

  const emptyColumn = (): number => {
    for (let col = 0; ; col++) if (!perColumn.get(col)) return col;
  };
  const take = (id: string, cell: Cell): void => {
    cells.set(id, cell);
    taken.set(key(cell), id);
    perColumn.set(cell.col, (perColumn.get(cell.col) ?? 0) + 1);
  };
  const free = (id: string): void => {
    const cell = cells.get(id);
    if (!cell) return;
    cells.delete(id);
    taken.delete(key(cell));
    perColumn.set(cell.col, (perColumn.get(cell.col) ?? 1) - 1);
  };

  return {
    place(nodes) {
      const present = new Set(nodes.map((n) => n.id));
      for (const id of [...cells.keys()]) if (!present.has(id)) free(id);
      for (const n of nodes) {
        if (cells.has(n.id)) continue;
        const under = n.below !== undefined ? cells.get(n.below) : undefined;
        const wanted: Cell = under ? { col: under.col, row: under.row + 1 } : { col: -1, row: 0 };
        if (wanted.col >= 0 && !taken.has(key(wanted))) take(n.id, wanted);
        else if (wanted.col < 0) take(n.id, { col: emptyColumn(), row: 0 });
        else {
          let col = wanted.col + 1;
          while (taken.has(key({ col, row: wanted.row }))) col++;
          take(n.id, { col, row: wanted.row });
        }
      }
      return cells;
    },
  };
}
