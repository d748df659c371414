//! Page links under a list: previous, next, the first and last pages, and those near the
//! current one.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub(crate) struct Pagination {
    pub(crate) current: u32,
    pub(crate) pages: i64,
    pub(crate) previous: Option<String>,
    pub(crate) next: Option<String>,
    pub(crate) numbers: Vec<PageNumber>,
}

#[derive(Debug, Serialize)]
pub(crate) struct PageNumber {
    pub(crate) number: u32,
    pub(crate) href: Option<String>,
    pub(crate) current: bool,
}

impl Pagination {
    /// The links for page `current` of `pages`, each made by `href`.
    pub(crate) fn new(current: u32, pages: i64, href: impl Fn(u32) -> String) -> Pagination {
        Pagination {
            current,
            pages,
            previous: (current > 1).then(|| href(current - 1)),
            next: (i64::from(current) < pages).then(|| href(current + 1)),
            numbers: page_window(current, pages)
                .into_iter()
                .map(|number| match number {
                    Some(number) => PageNumber { number, href: Some(href(number)), current: number == current },
                    None => PageNumber { number: 0, href: None, current: false },
                })
                .collect(),
        }
    }
}

/// Page numbers to offer: the first, the last, and two either side of the current one, with
/// `None` for a gap.
fn page_window(current: u32, pages: i64) -> Vec<Option<u32>> {
    let last = u32::try_from(pages).unwrap_or(u32::MAX);
    let mut numbers: Vec<Option<u32>> = Vec::new();
    for number in 1..=last {
        let near = number == 1 || number == last || number.abs_diff(current) <= 2;
        if near {
            numbers.push(Some(number));
        } else if numbers.last().is_some_and(Option::is_some) {
            numbers.push(None);
        }
        if number > current + 3 && number < last {
            // Jump straight to the last page: nothing between is offered.
            numbers.push(Some(last));
            break;
        }
    }
    numbers.dedup();
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_window_keeps_first_last_and_neighbours() {
        assert_eq!(page_window(1, 1), vec![Some(1)]);
        assert_eq!(page_window(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_window(10, 20),
            vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]
        );
        assert_eq!(page_window(1, 50), vec![Some(1), Some(2), Some(3), None, Some(50)]);
    }

    #[test]
    fn a_deep_page_offers_the_first_the_last_and_its_neighbours() {
        let numbers = page_window(500, 10_000);
        assert_eq!(numbers, [Some(1), None, Some(498), Some(499), Some(500), Some(501), Some(502), None, Some(10_000)]);
    }
}
