//! Disclosure control against an attacker who has the published table and solves the linear
//! equations its totals give: no withheld cell may come out exactly.

use incident_statistics::{
    cube::{Axis, CountTable},
    dimension::Dimension,
    disclosure::{self, Shown},
};
use proptest::prelude::*;

/// The Mersenne prime 2^61 - 1: ranks over it equal ranks over the rationals for the small
/// 0/1 matrices these tables give.
const PRIME: u128 = (1 << 61) - 1;

fn table(cells: &[Vec<u64>]) -> CountTable {
    let rows = cells.len();
    let columns = cells[0].len();
    CountTable {
        rows: Axis { dimension: Some(Dimension::ViolenceForm), codes: (0..rows as u16).collect() },
        columns: Axis { dimension: Some(Dimension::Perpetrator), codes: (0..columns as u16).collect() },
        cells: cells.iter().flatten().copied().collect(),
        datasets_used: vec![1],
        datasets_left_out: vec![],
    }
}

/// Everything the attacker reads off a published table: the value of each shown cell of the
/// table with its totals, `None` where withheld.
fn published(protected: &disclosure::ProtectedTable) -> Vec<Vec<Option<u64>>> {
    let rows = protected.rows.codes.len();
    let columns = protected.columns.codes.len();
    let mut lines: Vec<Vec<Option<u64>>> = (0..rows)
        .map(|row| {
            let mut line: Vec<Option<u64>> = (0..columns).map(|column| protected.cell(row, column).count()).collect();
            line.push(protected.row_totals[row].count());
            line
        })
        .collect();
    let mut last: Vec<Option<u64>> = protected.column_totals.iter().map(|shown| shown.count()).collect();
    last.push(protected.grand_total.count());
    lines.push(last);
    lines
}

/// The attack: one unknown per withheld cell, one equation per line of the table (each row's
/// cells add up to its total, each column's to its total, and so for the total row and
/// column). Returns the withheld cells whose value the equations fix, with that value.
fn recover(lines: &[Vec<Option<u64>>]) -> Vec<((usize, usize), i128)> {
    let height = lines.len();
    let width = lines[0].len();
    let unknowns: Vec<(usize, usize)> =
        (0..height).flat_map(|r| (0..width).map(move |c| (r, c))).filter(|(r, c)| lines[*r][*c].is_none()).collect();
    if unknowns.is_empty() {
        return Vec::new();
    }
    let index = |cell: (usize, usize)| unknowns.iter().position(|u| *u == cell);
    // Equations as rows of coefficients (mod PRIME) with a right-hand side.
    let mut equations: Vec<(Vec<u128>, i128)> = Vec::new();
    let modular = |value: i128| -> u128 { (value.rem_euclid(PRIME as i128)) as u128 };
    for r in 0..height {
        // Sum of the cells of line r, minus its total, is zero.
        let mut coefficients = vec![0u128; unknowns.len()];
        let mut constant: i128 = 0;
        for c in 0..width {
            let sign: i128 = if c + 1 == width { -1 } else { 1 };
            match lines[r][c] {
                Some(value) => constant -= sign * value as i128,
                None => coefficients[index((r, c)).unwrap()] = modular(sign),
            }
        }
        equations.push((coefficients, constant));
    }
    for c in 0..width {
        let mut coefficients = vec![0u128; unknowns.len()];
        let mut constant: i128 = 0;
        for r in 0..height {
            let sign: i128 = if r + 1 == height { -1 } else { 1 };
            match lines[r][c] {
                Some(value) => constant -= sign * value as i128,
                None => coefficients[index((r, c)).unwrap()] = modular(sign),
            }
        }
        equations.push((coefficients, constant));
    }
    // Gauss-Jordan elimination mod PRIME, then read off every unknown whose reduced row has
    // no other unknown in it.
    let mut matrix: Vec<Vec<u128>> = equations
        .iter()
        .map(|(coefficients, constant)| {
            let mut row = coefficients.clone();
            row.push(modular(*constant));
            row
        })
        .collect();
    let variables = unknowns.len();
    let mut pivot_row = 0;
    let mut pivots = Vec::new();
    for column in 0..variables {
        let Some(found) = (pivot_row..matrix.len()).find(|r| matrix[*r][column] != 0) else {
            continue;
        };
        matrix.swap(pivot_row, found);
        let inverse = power(matrix[pivot_row][column], PRIME - 2);
        for value in matrix[pivot_row].iter_mut() {
            *value = *value * inverse % PRIME;
        }
        for r in 0..matrix.len() {
            if r != pivot_row && matrix[r][column] != 0 {
                let factor = matrix[r][column];
                let pivot_line = matrix[pivot_row].clone();
                for (value, pivot_value) in matrix[r].iter_mut().zip(pivot_line) {
                    *value = (*value + PRIME - factor * pivot_value % PRIME) % PRIME;
                }
            }
        }
        pivots.push((pivot_row, column));
        pivot_row += 1;
    }
    pivots
        .into_iter()
        .filter(|(row, column)| (0..variables).all(|c| c == *column || matrix[*row][c] == 0))
        .map(|(row, column)| {
            let value = matrix[row][variables];
            let signed = if value > PRIME / 2 { value as i128 - PRIME as i128 } else { value as i128 };
            // The unknowns of totals carry the sign of their equations; a recovered value is
            // its magnitude either way.
            (unknowns[column], signed.abs())
        })
        .collect()
}

fn power(mut base: u128, mut exponent: u128) -> u128 {
    let mut result = 1;
    base %= PRIME;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = result * base % PRIME;
        }
        base = base * base % PRIME;
        exponent >>= 1;
    }
    result
}

/// Small counts are common in this field's tables; the strategy makes many of them.
fn counts() -> impl Strategy<Value = Vec<Vec<u64>>> {
    (1usize..7, 1usize..7).prop_flat_map(|(rows, columns)| {
        prop::collection::vec(
            prop::collection::vec(prop_oneof![3 => Just(0u64), 4 => 1u64..11, 3 => 11u64..200], columns),
            rows,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_withheld_cell_can_be_solved_for_from_the_published_table(cells in counts(), threshold in 3u64..20) {
        let table = table(&cells);
        let protected = disclosure::protect(&table, threshold);
        let truth = disclosure::augmented(&table);
        let lines = published(&protected);
        // Everything shown is true; every small count and nothing that is zero is withheld.
        for (r, line) in lines.iter().enumerate() {
            for (c, shown) in line.iter().enumerate() {
                match shown {
                    Some(value) => prop_assert_eq!(*value, truth[r][c]),
                    None => prop_assert!(truth[r][c] > 0, "a zero was withheld at {:?}", (r, c)),
                }
                if truth[r][c] > 0 && truth[r][c] < threshold {
                    prop_assert!(shown.is_none(), "count {} at {:?} is shown", truth[r][c], (r, c));
                }
            }
        }
        let recovered = recover(&lines);
        prop_assert!(recovered.is_empty(), "the attack solved {:?} in {:?} with k = {}", recovered, cells, threshold);
        // Nothing is withheld past what protection needs: a table with no small count
        // withholds nothing.
        if truth.iter().flatten().all(|value| *value == 0 || *value >= threshold) {
            prop_assert_eq!(protected.withheld(), 0);
        }
    }

    #[test]
    fn another_table_agrees_with_everything_published(cells in counts(), threshold in 3u64..20) {
        // Even knowing counts are never negative, the attacker cannot pin a withheld cell:
        // for each one, find a second table of non-negative counts that publishes the same.
        let table = table(&cells);
        let protected = disclosure::protect(&table, threshold);
        let truth = disclosure::augmented(&table);
        let lines = published(&protected);
        for (r, line) in lines.iter().enumerate() {
            for (c, shown) in line.iter().enumerate() {
                if shown.is_none() {
                    let other = alternative(&truth, &lines, (r, c));
                    prop_assert!(other.is_some(), "no other table for {:?} in {:?}", (r, c), cells);
                    let other = other.unwrap();
                    prop_assert_ne!(other[r][c], truth[r][c] as i64);
                    prop_assert!(consistent(&other, &lines));
                }
            }
        }
    }
}

/// A table that differs from `truth` at `cell`, found by moving one unit around a cycle of
/// withheld cells through it (searched breadth-first, independently of the library's code).
fn alternative(truth: &[Vec<u64>], lines: &[Vec<Option<u64>>], cell: (usize, usize)) -> Option<Vec<Vec<i64>>> {
    let height = lines.len();
    let width = lines[0].len();
    // Nodes: rows 0..height, columns height..height+width; edges: withheld cells but `cell`.
    let start = cell.1 + height;
    let goal = cell.0;
    let mut previous: Vec<Option<(usize, (usize, usize))>> = vec![None; height + width];
    let mut seen = vec![false; height + width];
    seen[start] = true;
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        let neighbours: Vec<(usize, (usize, usize))> = if node < height {
            (0..width).filter(|c| lines[node][*c].is_none()).map(|c| (height + c, (node, c))).collect()
        } else {
            (0..height).filter(|r| lines[*r][node - height].is_none()).map(|r| (r, (r, node - height))).collect()
        };
        for (next, edge) in neighbours {
            if edge != cell && !seen[next] {
                seen[next] = true;
                previous[next] = Some((node, edge));
                queue.push_back(next);
            }
        }
    }
    if !seen[goal] {
        return None;
    }
    let mut path = vec![cell];
    let mut node = goal;
    while node != start {
        let (before, edge) = previous[node]?;
        path.push(edge);
        node = before;
    }
    // Alternate +1 and -1 along the cycle; with the sign of totals that keeps every line's sum.
    let mut other: Vec<Vec<i64>> = truth.iter().map(|line| line.iter().map(|v| *v as i64).collect()).collect();
    for (step, (r, c)) in path.iter().enumerate() {
        let total_sign = if (*r + 1 == height) ^ (*c + 1 == width) { -1 } else { 1 };
        let direction = if step % 2 == 0 { 1 } else { -1 };
        other[*r][*c] += direction * total_sign;
    }
    if other.iter().flatten().any(|v| *v < 0) {
        // Go the other way round instead.
        for (step, (r, c)) in path.iter().enumerate() {
            let total_sign = if (*r + 1 == height) ^ (*c + 1 == width) { -1 } else { 1 };
            let direction = if step % 2 == 0 { 1 } else { -1 };
            other[*r][*c] -= 2 * direction * total_sign;
        }
    }
    (!other.iter().flatten().any(|v| *v < 0)).then_some(other)
}

fn consistent(table: &[Vec<i64>], lines: &[Vec<Option<u64>>]) -> bool {
    let height = table.len();
    let width = table[0].len();
    let shown_agree = (0..height).all(|r| (0..width).all(|c| lines[r][c].is_none_or(|v| v as i64 == table[r][c])));
    let rows_add_up = (0..height).all(|r| table[r][..width - 1].iter().sum::<i64>() == table[r][width - 1]);
    let columns_add_up = (0..width).all(|c| (0..height - 1).map(|r| table[r][c]).sum::<i64>() == table[height - 1][c]);
    shown_agree && rows_add_up && columns_add_up
}

#[test]
fn primary_suppression_alone_would_be_solved_by_the_attack() {
    // The attack is not toothless: with only the small count withheld, its row total gives it
    // away; protection withholds more, and then the attack finds nothing.
    let cells = vec![vec![4, 30, 25], vec![40, 22, 18], vec![15, 16, 31]];
    let table = table(&cells);
    let truth = disclosure::augmented(&table);
    let mut primary_only: Vec<Vec<Option<u64>>> =
        truth.iter().map(|line| line.iter().map(|v| Some(*v)).collect()).collect();
    primary_only[0][0] = None;
    assert_eq!(recover(&primary_only), vec![((0, 0), 4)]);

    let protected = disclosure::protect(&table, 11);
    assert_eq!(protected.cell(0, 0), Shown::Withheld);
    assert_eq!(protected.primary, 1);
    assert!(protected.secondary >= 3, "a 2x2 block at least: {}", protected.secondary);
    assert!(recover(&published(&protected)).is_empty());
    // The grand total and the totals stay published when interior cells can hide the count.
    assert_eq!(protected.grand_total, Shown::Count(201));
    assert!(protected.row_totals.iter().all(|shown| shown.count().is_some()));
}

#[test]
fn zeros_are_shown_and_a_table_of_large_counts_is_untouched() {
    let cells = vec![vec![0, 30], vec![40, 0]];
    let protected = disclosure::protect(&table(&cells), 11);
    assert_eq!(protected.withheld(), 0);
    assert_eq!(protected.cell(0, 0), Shown::Count(0));
}

#[test]
fn a_small_row_total_is_withheld_too() {
    // A row of 3 + 4 = 7 has a small total as well as small cells.
    let cells = vec![vec![3, 4], vec![50, 60], vec![70, 80]];
    let protected = disclosure::protect(&table(&cells), 11);
    assert_eq!(protected.row_totals[0], Shown::Withheld);
    assert!(recover(&published(&protected)).is_empty());
}
