//! Disclosure control for a published table: primary suppression of small counts and
//! secondary suppression so that no withheld cell can be worked out from what is shown.
//!
//! A table with its row, column and grand totals is a set of linear equations: each row's
//! cells add up to the row total, each column's to the column total. Flip the sign of the
//! totals and every line of the table, totals included, adds up to zero. Withheld cells are
//! then the edges of a bipartite graph between the table's rows and columns (the total row
//! and column included), and the equations the published numbers give an attacker are the
//! incidence matrix of that graph. A withheld cell's exact value follows from them exactly
//! when its edge lies on no cycle, that is when it is a bridge. So the rule here is: no
//! withheld cell may be a bridge. Secondary suppression adds cells, the smallest non-zero
//! interior ones first, until no bridge is left. Zeros are never withheld (they are shown),
//! so every withheld cell is at least 1 and moving one unit around a cycle gives another
//! table that agrees with everything published: even knowing counts are not negative, an
//! attacker can narrow a withheld cell to a range, never to one value.

use crate::cube::{Axis, CountTable};

/// The default threshold: counts from 1 to 10 are withheld, as in IOM's counter-trafficking
/// data.
pub const DEFAULT_THRESHOLD: u64 = 11;

/// The smallest threshold a provider may choose.
pub const MINIMUM_THRESHOLD: u64 = 3;

/// A cell as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// Withheld to protect the people counted.
    Withheld,
}

impl Shown {
    pub fn count(self) -> Option<u64> {
        match self {
            Shown::Count(count) => Some(count),
            Shown::Withheld => None,
        }
    }
}

/// Why a cell is withheld, as the provider's unprotected view explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suppression {
    None,
    /// A count from 1 to the threshold minus one.
    Primary,
    /// Withheld so that a primary cell cannot be worked out from the totals.
    Secondary,
}

/// A table ready to publish: its cells, row totals, column totals and grand total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtectedTable {
    pub rows: Axis,
    pub columns: Axis,
    /// Row-major, like [`CountTable::cells`].
    pub cells: Vec<Shown>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub grand_total: Shown,
    /// Counts below this are withheld; `None` for an unprotected table.
    pub threshold: Option<u64>,
    pub primary: usize,
    pub secondary: usize,
}

impl ProtectedTable {
    pub fn cell(&self, row: usize, column: usize) -> Shown {
        self.cells[row * self.columns.codes.len() + column]
    }

    pub fn withheld(&self) -> usize {
        self.primary + self.secondary
    }
}

/// The table with every count shown, for those allowed to see it whole.
pub fn unprotected(table: &CountTable) -> ProtectedTable {
    let rows = table.rows.codes.len();
    let columns = table.columns.codes.len();
    ProtectedTable {
        rows: table.rows.clone(),
        columns: table.columns.clone(),
        cells: table.cells.iter().map(|count| Shown::Count(*count)).collect(),
        row_totals: (0..rows).map(|row| Shown::Count(table.row_total(row))).collect(),
        column_totals: (0..columns).map(|column| Shown::Count(table.column_total(column))).collect(),
        grand_total: Shown::Count(table.grand_total()),
        threshold: None,
        primary: 0,
        secondary: 0,
    }
}

/// The table with counts from 1 to `threshold - 1` withheld, and enough other cells withheld
/// that none of them can be worked out from what is shown.
pub fn protect(table: &CountTable, threshold: u64) -> ProtectedTable {
    let rows = table.rows.codes.len();
    let columns = table.columns.codes.len();
    let augmented = augmented(table);
    let pattern = suppression_pattern(&augmented, threshold);
    let shown = |row: usize, column: usize| match pattern[row][column] {
        Suppression::None => Shown::Count(augmented[row][column]),
        _ => Shown::Withheld,
    };
    let flat = pattern.iter().flatten();
    ProtectedTable {
        rows: table.rows.clone(),
        columns: table.columns.clone(),
        cells: (0..rows)
            .flat_map(|row| (0..columns).map(move |column| (row, column)))
            .map(|(r, c)| shown(r, c))
            .collect(),
        row_totals: (0..rows).map(|row| shown(row, columns)).collect(),
        column_totals: (0..columns).map(|column| shown(rows, column)).collect(),
        grand_total: shown(rows, columns),
        threshold: Some(threshold),
        primary: flat.clone().filter(|s| **s == Suppression::Primary).count(),
        secondary: flat.filter(|s| **s == Suppression::Secondary).count(),
    }
}

/// The table with its totals: `rows + 1` lines of `columns + 1` values, the last line and the
/// last value of each line being totals.
pub fn augmented(table: &CountTable) -> Vec<Vec<u64>> {
    let rows = table.rows.codes.len();
    let columns = table.columns.codes.len();
    let mut lines: Vec<Vec<u64>> = (0..rows)
        .map(|row| {
            let mut line: Vec<u64> = (0..columns).map(|column| table.cell(row, column)).collect();
            line.push(table.row_total(row));
            line
        })
        .collect();
    let mut last: Vec<u64> = (0..columns).map(|column| table.column_total(column)).collect();
    last.push(table.grand_total());
    lines.push(last);
    lines
}

/// Which cells of an augmented table (see [`augmented`]) to withhold.
pub fn suppression_pattern(augmented: &[Vec<u64>], threshold: u64) -> Vec<Vec<Suppression>> {
    let lines = augmented.len();
    let width = augmented.first().map_or(0, Vec::len);
    let mut pattern: Vec<Vec<Suppression>> = augmented
        .iter()
        .map(|line| {
            line.iter()
                .map(|value| if *value > 0 && *value < threshold { Suppression::Primary } else { Suppression::None })
                .collect()
        })
        .collect();
    let is_total = |row: usize, column: usize| row + 1 == lines || column + 1 == width;
    loop {
        let graph = Graph::of(&pattern, lines, width);
        let Some((row, column)) = graph.first_bridge() else {
            break;
        };
        // The two sides the bridge joins: what stays connected to its row, and to its column.
        let row_side = graph.reachable_without(row, (row, column));
        let column_side = graph.reachable_without(lines + column, (row, column));
        let cost = |r: usize, c: usize| (is_total(r, c), augmented[r][c]);
        let mut joining: Option<(usize, usize)> = None;
        let mut touching: Option<(usize, usize)> = None;
        for r in 0..lines {
            for c in 0..width {
                if pattern[r][c] != Suppression::None || augmented[r][c] == 0 {
                    continue;
                }
                let (row_node, column_node) = (r, lines + c);
                let joins = (row_side[row_node] && column_side[column_node])
                    || (column_side[row_node] && row_side[column_node]);
                let touches =
                    row_side[row_node] || column_side[row_node] || row_side[column_node] || column_side[column_node];
                if joins && joining.is_none_or(|(jr, jc)| cost(r, c) < cost(jr, jc)) {
                    joining = Some((r, c));
                }
                if touches && touching.is_none_or(|(tr, tc)| cost(r, c) < cost(tr, tc)) {
                    touching = Some((r, c));
                }
            }
        }
        match joining.or(touching) {
            Some((r, c)) => pattern[r][c] = Suppression::Secondary,
            None => {
                // Nothing left that could hide the bridge: withhold every non-zero count.
                for r in 0..lines {
                    for c in 0..width {
                        if augmented[r][c] > 0 && pattern[r][c] == Suppression::None {
                            pattern[r][c] = Suppression::Secondary;
                        }
                    }
                }
                break;
            }
        }
    }
    pattern
}

/// A node being searched from, the cell it was reached by, and the next neighbour to visit.
type Frame = (usize, Option<(usize, usize)>, usize);

/// The withheld cells as edges between row nodes (`0..lines`) and column nodes
/// (`lines..lines + width`).
struct Graph {
    adjacency: Vec<Vec<(usize, (usize, usize))>>,
}

impl Graph {
    fn of(pattern: &[Vec<Suppression>], lines: usize, width: usize) -> Graph {
        let mut adjacency = vec![Vec::new(); lines + width];
        for (row, line) in pattern.iter().enumerate() {
            for (column, suppression) in line.iter().enumerate() {
                if *suppression != Suppression::None {
                    adjacency[row].push((lines + column, (row, column)));
                    adjacency[lines + column].push((row, (row, column)));
                }
            }
        }
        Graph { adjacency }
    }

    /// A bridge, found by Tarjan's low-link depth-first search (iterative, so that a long
    /// table cannot overflow the stack).
    fn first_bridge(&self) -> Option<(usize, usize)> {
        let nodes = self.adjacency.len();
        let mut order = vec![usize::MAX; nodes];
        let mut low = vec![0; nodes];
        let mut counter = 0;
        for root in 0..nodes {
            if order[root] != usize::MAX || self.adjacency[root].is_empty() {
                continue;
            }
            // Each frame: node, the edge it was reached by, the next neighbour to visit.
            let mut stack: Vec<Frame> = vec![(root, None, 0)];
            order[root] = counter;
            low[root] = counter;
            counter += 1;
            while let Some(frame) = stack.last_mut() {
                let (node, via, next) = *frame;
                if next < self.adjacency[node].len() {
                    frame.2 += 1;
                    let (neighbour, edge) = self.adjacency[node][next];
                    if Some(edge) == via {
                        continue;
                    }
                    if order[neighbour] == usize::MAX {
                        order[neighbour] = counter;
                        low[neighbour] = counter;
                        counter += 1;
                        stack.push((neighbour, Some(edge), 0));
                    } else {
                        low[node] = low[node].min(order[neighbour]);
                    }
                } else {
                    stack.pop();
                    if let (Some(edge), Some(parent)) = (via, stack.last()) {
                        let parent = parent.0;
                        low[parent] = low[parent].min(low[node]);
                        if low[node] > order[parent] {
                            return Some(edge);
                        }
                    }
                }
            }
        }
        None
    }

    fn reachable_without(&self, start: usize, removed: (usize, usize)) -> Vec<bool> {
        let mut seen = vec![false; self.adjacency.len()];
        seen[start] = true;
        let mut queue = vec![start];
        while let Some(node) = queue.pop() {
            for (neighbour, edge) in &self.adjacency[node] {
                if *edge != removed && !seen[*neighbour] {
                    seen[*neighbour] = true;
                    queue.push(*neighbour);
                }
            }
        }
        seen
    }
}
