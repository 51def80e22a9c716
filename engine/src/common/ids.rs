//! Ids of the rows a user adds (cost items, price lines, offers): stable, so that an edit names its row
//! and a removal never renumbers the others.

/// The id for a new row: one above the largest, or (past the last id there is) the smallest one free,
/// so that a removal never renumbers the others and ids never collide.
///
/// ```
/// use ddh_engine::ids::new_id;
/// assert_eq!(new_id(&[]), 1);
/// assert_eq!(new_id(&[4, 2]), 5); // not 3: the id a removed row had is not given again
/// assert_eq!(new_id(&[u32::MAX, 1]), 2);
/// ```
pub fn new_id(ids: &[u32]) -> u32 {
    let largest = ids.iter().copied().max().unwrap_or(0);
    largest
        .checked_add(1)
        .or_else(|| (1..=u32::MAX).find(|id| !ids.contains(id)))
        .unwrap_or(1)
}
