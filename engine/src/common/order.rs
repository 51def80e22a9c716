//! One stable sort for the whole engine.
//!
//! Every `sort_by` call site in Rust gets its own copy of the standard library's sort (about 4 KB of
//! wasm each), and the app ships every copy to every representative. Here each call sorts a list of
//! positions with one comparison behind a `&dyn Fn`, so the wasm holds one sort routine; the lists
//! the engine sorts are at most a few hundred long, where the indirection costs nothing measurable.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort), as
/// `Vec::sort_by` does; the property test below holds it to that.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let permutation = stable_permutation(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // The permutation holds each position once, so every slot is taken exactly once.
    items.extend(
        permutation
            .into_iter()
            .filter_map(|position| slots.get_mut(position).and_then(Option::take)),
    );
}

/// The positions `0..len` in the order `compare` puts them, equal ones in their original order.
#[inline(never)]
pub fn stable_permutation(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    // The one call of the standard library's sort that the code ships (clippy.toml refuses others).
    #[allow(clippy::disallowed_methods)]
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(pairs in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = pairs.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = pairs;
            #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
            standard.sort_by_key(|pair| pair.0);
            prop_assert_eq!(ours, standard);
        }
    }
}
