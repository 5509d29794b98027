//! A stable sort for the short lists the core orders (findings, lint problems, deliverability
//! categories, a schedule's intervals): an insertion sort is a few hundred bytes per use,
//! where the standard library's stable sort is several kilobytes in each place it is used,
//! and the WebAssembly module ships every copy. Lists that can be long (anything with one
//! entry per input row or parameter) keep the standard sort.

/// Sorts `items` by `key`, keeping the order of items with equal keys (like
/// `slice::sort_by_key`), in O(n²) comparisons: for lists of at most a few hundred items.
pub(crate) fn sort_short_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for end in 1..items.len() {
        // Insert items[end] after every earlier item whose key is not greater.
        let mut at = end;
        while at > 0 {
            let (Some(before), Some(current)) = (items.get(at - 1), items.get(at)) else {
                break;
            };
            if key(before) <= key(current) {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // The standard library's stable sort is the oracle: same order, ties included.
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, proptest::num::u16::ANY), 0..60)) {
            let mut ours = items.clone();
            sort_short_by_key(&mut ours, |&(key, _)| key);
            let mut std = items;
            std.sort_by_key(|&(key, _)| key);
            proptest::prop_assert_eq!(ours, std);
        }
    }
}
