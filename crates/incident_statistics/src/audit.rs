//! What an attacker can learn by linear programming from the numbers a release publishes: the
//! range of values each protected count can still take.
//!
//! A release is modelled as hidden counts (the attacker's unknowns, never negative) and sums
//! over them that are either published with their value or withheld. An attacker who knows
//! the method adds what the rules tell about withheld numbers ([`Knowledge`]), then asks a
//! linear programme for the smallest and the largest value of each protected count. The
//! release builder ([`crate::release`]) uses this to decide what else to withhold; the
//! attack tests use it to attack what the site serves.
//!
//! ```
//! use incident_statistics::audit::{Knowledge, LinearRelease, Sum};
//! // Two withheld cells whose published total is 2: each is 1, whatever the attacker guesses.
//! let release = LinearRelease {
//!     truth: vec![1, 1],
//!     sums: vec![Sum::withheld(vec![0]), Sum::withheld(vec![1]), Sum::published(vec![0, 1])],
//!     equal: vec![],
//! };
//! let narrow = release.narrow(Knowledge::AtLeastOne, &[vec![0], vec![1]], 10.0);
//! assert_eq!(narrow.len(), 2);
//! assert_eq!((narrow[0].lowest, narrow[0].highest), (1.0, 1.0));
//! ```

use microlp::{ComparisonOp, OptimizationDirection, Problem};

/// Hidden counts and what is published about them.
#[derive(Debug, Clone, Default)]
pub struct LinearRelease {
    /// The true value of each hidden count.
    pub truth: Vec<u64>,
    /// Each number the release shows or withholds: the hidden counts it adds up.
    pub sums: Vec<Sum>,
    /// Pairs of lists of hidden counts that add up to the same number, published or not:
    /// the same total counted in two tables.
    pub equal: Vec<(Vec<usize>, Vec<usize>)>,
}

/// One number of a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    /// The hidden counts it adds up.
    pub terms: Vec<usize>,
    pub withheld: bool,
}

impl Sum {
    pub fn published(terms: Vec<usize>) -> Sum {
        Sum { terms, withheld: false }
    }

    pub fn withheld(terms: Vec<usize>) -> Sum {
        Sum { terms, withheld: true }
    }
}

/// What an attacker takes to be true of withheld numbers, besides what is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Knowledge {
    /// Zeros are shown, so every withheld number is at least 1. This is all an attacker
    /// knows for sure: the page never says why a number is withheld.
    AtLeastOne,
    /// The guess that every withheld number is below the threshold, as if no count of the
    /// threshold or more were ever withheld. False wherever a larger count was withheld to
    /// protect a small one; an attack under it can be infeasible or wrong.
    BelowThreshold(u64),
    /// The attacker is told which withheld numbers are below the threshold (from 1 to k-1)
    /// and which are not (k or more): more than the site ever says, to bound what a lucky
    /// guess could give.
    Labels(u64),
}

/// A protected count whose range is narrower than asked, with the range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Narrow {
    /// The position of the count among those asked about.
    pub quantity: usize,
    pub truth: u64,
    pub lowest: f64,
    pub highest: f64,
}

impl Narrow {
    pub fn width(&self) -> f64 {
        self.highest - self.lowest
    }

    /// Whether the range holds the true value: a narrow range that misses it was drawn from
    /// a false guess and tells the attacker nothing true.
    pub fn holds_truth(&self) -> bool {
        self.lowest <= self.truth as f64 + TOLERANCE && self.truth as f64 <= self.highest + TOLERANCE
    }
}

/// Values closer than this are taken as equal: the programmes' optima are whole numbers up
/// to rounding.
const TOLERANCE: f64 = 1e-6;

/// How many programmes with mixed objectives are solved before each count is bounded on its
/// own: each gives a corner of the attacker's region, and corners far apart already prove
/// most counts wide.
const EXPLORING_ROUNDS: usize = 6;

impl LinearRelease {
    /// The true value of a list of hidden counts.
    pub fn value(&self, terms: &[usize]) -> u64 {
        terms.iter().map(|term| self.truth[*term]).sum()
    }

    /// The protected counts (each a list of hidden counts) whose range under `knowledge` is
    /// narrower than `width`, with their exact ranges. An empty answer proves every one of
    /// them spans at least `width`. When the attacker's assumptions contradict what is
    /// published (a false [`Knowledge::BelowThreshold`] guess), nothing can be concluded and
    /// nothing is returned.
    pub fn narrow(&self, knowledge: Knowledge, quantities: &[Vec<usize>], width: f64) -> Vec<Narrow> {
        self.narrow_from(knowledge, quantities, width, &[]).0
    }

    /// Like [`LinearRelease::narrow`], also counting `known` points (values of every hidden
    /// count) that the attacker's region is known to hold, perhaps the region of a larger
    /// release this one is part of: every value between two points is in the region too,
    /// so they can only widen a range. Returns the points the programme reached as well, for
    /// later rounds.
    pub fn narrow_from(
        &self,
        knowledge: Knowledge,
        quantities: &[Vec<usize>],
        width: f64,
        known: &[Vec<f64>],
    ) -> (Vec<Narrow>, Vec<Vec<f64>>) {
        let mut reached = Vec::new();
        let Some(model) = Model::new(self, knowledge) else {
            return (Vec::new(), reached);
        };
        let mut lowest: Vec<f64> = vec![f64::INFINITY; quantities.len()];
        let mut highest: Vec<f64> = vec![f64::NEG_INFINITY; quantities.len()];
        let record = |point: &[f64], lowest: &mut [f64], highest: &mut [f64]| {
            for (position, quantity) in quantities.iter().enumerate() {
                let value: f64 = quantity.iter().map(|term| point[*term]).sum();
                lowest[position] = lowest[position].min(value);
                highest[position] = highest[position].max(value);
            }
        };
        let start = if model.truth_is_feasible(self, knowledge) {
            self.truth.iter().map(|value| *value as f64).collect::<Vec<f64>>()
        } else {
            match model.optimum(&[], OptimizationDirection::Maximize) {
                Some((_, point)) => point,
                None => return (Vec::new(), reached),
            }
        };
        record(&start, &mut lowest, &mut highest);
        for point in known {
            record(point, &mut lowest, &mut highest);
        }
        let open = |lowest: &[f64], highest: &[f64]| -> Vec<usize> {
            (0..quantities.len()).filter(|q| highest[*q] - lowest[*q] < width - TOLERANCE).collect()
        };
        let mut generator = SplitMix(0x5EED ^ quantities.len() as u64);
        for _ in 0..EXPLORING_ROUNDS {
            let unsettled = open(&lowest, &highest);
            if unsettled.is_empty() {
                break;
            }
            let mut objective: Vec<(usize, f64)> = Vec::new();
            for q in &unsettled {
                let sign = if generator.next() & 1 == 0 { 1.0 } else { -1.0 };
                objective.extend(quantities[*q].iter().map(|term| (*term, sign)));
            }
            if let Some((_, point)) = model.optimum(&objective, OptimizationDirection::Maximize) {
                record(&point, &mut lowest, &mut highest);
                reached.push(point);
            }
        }
        let mut narrow = Vec::new();
        for q in open(&lowest, &highest) {
            let objective: Vec<(usize, f64)> = quantities[q].iter().map(|term| (*term, 1.0)).collect();
            let high = model.optimum(&objective, OptimizationDirection::Maximize);
            let low = model.optimum(&objective, OptimizationDirection::Minimize);
            let (Some((high, high_point)), Some((low, low_point))) = (high, low) else {
                // An unbounded side is as wide as can be.
                continue;
            };
            reached.push(high_point);
            reached.push(low_point);
            // The known points may reach further than this programme.
            let (low, high) = (low.min(lowest[q]), high.max(highest[q]));
            if high - low < width - TOLERANCE {
                narrow.push(Narrow { quantity: q, truth: self.value(&quantities[q]), lowest: low, highest: high });
            }
        }
        (narrow, reached)
    }
}

/// The attacker's linear programme, built once and solved for many objectives.
struct Model {
    variables: usize,
    /// Hidden counts a published zero fixes at zero.
    zero: Vec<bool>,
    constraints: Vec<(Vec<usize>, Vec<usize>, ComparisonOp, f64)>,
}

impl Model {
    fn new(release: &LinearRelease, knowledge: Knowledge) -> Option<Model> {
        let variables = release.truth.len();
        let mut zero = vec![false; variables];
        for sum in &release.sums {
            if !sum.withheld && release.value(&sum.terms) == 0 {
                for term in &sum.terms {
                    zero[*term] = true;
                }
            }
        }
        let mut constraints = Vec::new();
        for sum in &release.sums {
            let value = release.value(&sum.terms);
            if !sum.withheld {
                if value > 0 {
                    constraints.push((sum.terms.clone(), Vec::new(), ComparisonOp::Eq, value as f64));
                }
                continue;
            }
            let (low, high) = match knowledge {
                Knowledge::AtLeastOne => (1.0, f64::INFINITY),
                Knowledge::BelowThreshold(threshold) => (1.0, (threshold - 1) as f64),
                Knowledge::Labels(threshold) if value < threshold => (1.0, (threshold - 1) as f64),
                Knowledge::Labels(threshold) => (threshold as f64, f64::INFINITY),
            };
            if sum.terms.iter().all(|term| zero[*term]) {
                // Withheld, yet made of counts published as zero: no assignment can meet it.
                if low > 0.0 {
                    return None;
                }
                continue;
            }
            constraints.push((sum.terms.clone(), Vec::new(), ComparisonOp::Ge, low));
            if high.is_finite() {
                constraints.push((sum.terms.clone(), Vec::new(), ComparisonOp::Le, high));
            }
        }
        for (left, right) in &release.equal {
            constraints.push((left.clone(), right.clone(), ComparisonOp::Eq, 0.0));
        }
        Some(Model { variables, zero, constraints })
    }

    fn truth_is_feasible(&self, release: &LinearRelease, knowledge: Knowledge) -> bool {
        match knowledge {
            Knowledge::AtLeastOne | Knowledge::Labels(_) => true,
            Knowledge::BelowThreshold(threshold) => {
                release.sums.iter().filter(|sum| sum.withheld).all(|sum| release.value(&sum.terms) < threshold)
            }
        }
    }

    /// The optimum of `objective` (coefficients by hidden count) and the point that reaches
    /// it; `None` when unbounded or infeasible.
    fn optimum(&self, objective: &[(usize, f64)], direction: OptimizationDirection) -> Option<(f64, Vec<f64>)> {
        let mut coefficients = vec![0.0; self.variables];
        for (term, coefficient) in objective {
            coefficients[*term] += coefficient;
        }
        let mut problem = Problem::new(direction);
        let variables: Vec<microlp::Variable> = (0..self.variables)
            .map(|index| {
                let upper = if self.zero[index] { 0.0 } else { f64::INFINITY };
                problem.add_var(coefficients[index], (0.0, upper))
            })
            .collect();
        for (plus, minus, comparison, right) in &self.constraints {
            let mut terms: Vec<(microlp::Variable, f64)> = plus.iter().map(|term| (variables[*term], 1.0)).collect();
            terms.extend(minus.iter().map(|term| (variables[*term], -1.0)));
            problem.add_constraint(terms.as_slice(), *comparison, *right);
        }
        let solution = problem.solve().ok()?.into_solution().ok()?;
        let point = variables.iter().map(|variable| solution.var_value(*variable)).collect();
        Some((solution.objective(), point))
    }
}

/// A small seeded generator for the signs of exploring objectives: the audit must give the
/// same answer every time it is run on the same release.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
