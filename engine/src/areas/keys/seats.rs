//! The steering group's seats per region (vedtægter, "Styregruppen"): up to 13 municipalities, Aarhus
//! with a fixed seat, the seats distributed over the five regions by the regions' population among the
//! members. A region gets at most as many seats as it has members; seats it cannot fill go to the
//! others by the same method.
//!
//! Largest remainder: Hare quotas, the seats left over to the largest remainders, ties to the region
//! first in ISO order (DK-81 first). D'Hondt: each seat to the highest population ÷ (seats + 1),
//! compared exactly by cross-multiplication, ties likewise.

use super::section::{AarhusSeat, SeatMethod, Seats};
use super::shape::Party;
use crate::common::dataset::Region;
use crate::common::money::largest_remainder;
use serde::Serialize;

/// Aarhus Kommune, holder of the fixed seat (samarbejdsaftale §1.4).
pub const AARHUS: u16 = 751;

/// The seats of one region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionSeats {
    /// The region.
    pub region: Region,
    /// Its name.
    pub name: &'static str,
    /// Members in the region.
    pub members: usize,
    /// Their population.
    pub population: u64,
    /// Seats apportioned (Aarhus's fixed seat included, when it counts within the region).
    pub seats: u32,
    /// Whether Aarhus's fixed seat is among (or added to) this region's.
    pub fixed_seat: bool,
}

/// The apportionment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatsReport {
    /// As in the scenario.
    pub method: SeatMethod,
    /// As in the scenario.
    pub aarhus: AarhusSeat,
    /// Seats given out: the count asked for, or fewer when there are fewer members.
    pub seats: u32,
    /// Whether Aarhus is a member (its fixed seat applies only then).
    pub aarhus_member: bool,
    /// The five regions in ISO order.
    pub regions: Vec<RegionSeats>,
}

/// The seats for these members.
pub fn apportion(settings: &Seats, parties: &[Party]) -> SeatsReport {
    let aarhus_member = parties.iter().any(|p| p.member.code == AARHUS);
    let apart = aarhus_member && settings.aarhus == AarhusSeat::InAddition;
    let mut regions: Vec<RegionSeats> = Region::ALL
        .iter()
        .map(|&region| RegionSeats {
            region,
            name: region.name(),
            members: 0,
            population: 0,
            seats: 0,
            fixed_seat: aarhus_member && region == Region::Midtjylland,
        })
        .collect();
    for party in parties {
        if apart && party.member.code == AARHUS {
            continue;
        }
        if let Some(entry) = regions.iter_mut().find(|r| r.region == party.member.region) {
            entry.members += 1;
            entry.population += party.member.population;
        }
    }
    let member_count = u32::try_from(parties.len()).unwrap_or(u32::MAX);
    let seats = settings.count.min(member_count);
    let mut to_apportion = if apart {
        seats.saturating_sub(1)
    } else {
        seats
    };
    let capacity: Vec<u32> = regions
        .iter()
        .map(|r| u32::try_from(r.members).unwrap_or(u32::MAX))
        .collect();
    let mut floor = vec![0u32; regions.len()];
    if aarhus_member && !apart {
        // Within the region: Midtjylland holds at least Aarhus's seat.
        if let Some(midt) = Region::ALL.iter().position(|&r| r == Region::Midtjylland) {
            if let Some(f) = floor.get_mut(midt) {
                *f = 1;
            }
        }
    }
    let populations: Vec<u64> = regions.iter().map(|r| r.population).collect();
    let mut given = match settings.method {
        SeatMethod::LargestRemainder => {
            largest_remainder_capped(to_apportion, &populations, &capacity)
        }
        SeatMethod::Dhondt => dhondt(to_apportion, &populations, &capacity),
    };
    // A fixed seat the apportionment did not give: Midtjylland gets that one seat and the other
    // regions share the rest, Midtjylland left out. (Apportioning one seat fewer over all five again
    // is not the same for largest remainder, which is not monotone in the number of seats: it could
    // give Midtjylland a seat, and then Aarhus's would make two.) The others can take the rest: they
    // took every seat, one more than the rest, within their members.
    if given.iter().zip(&floor).any(|(g, f)| g < f) {
        to_apportion = to_apportion.saturating_sub(1);
        // The others' populations and capacities, Midtjylland's set to nothing.
        let (others, reduced): (Vec<u64>, Vec<u32>) = populations
            .iter()
            .zip(&capacity)
            .zip(&floor)
            .map(|((&p, &c), &f)| if f > 0 { (0, 0) } else { (p, c) })
            .unzip();
        let mut rest = match settings.method {
            SeatMethod::LargestRemainder => {
                largest_remainder_capped(to_apportion, &others, &reduced)
            }
            SeatMethod::Dhondt => dhondt(to_apportion, &others, &reduced),
        };
        for (seat, f) in rest.iter_mut().zip(&floor) {
            *seat += f;
        }
        given = rest;
    }
    for (region, seats) in regions.iter_mut().zip(&given) {
        region.seats = *seats;
        if apart && region.fixed_seat {
            region.seats += 1;
        }
    }
    SeatsReport {
        method: settings.method,
        aarhus: settings.aarhus,
        seats,
        aarhus_member,
        regions,
    }
}

/// Largest remainder, regions at capacity held there and the rest apportioned again among the others.
fn largest_remainder_capped(seats: u32, populations: &[u64], capacity: &[u32]) -> Vec<u32> {
    let mut given = vec![0u32; populations.len()];
    let mut full = vec![false; populations.len()];
    let mut left = seats;
    // Each round fills at least one more region, so five rounds and one more suffice.
    for _ in 0..=populations.len() {
        let weights: Vec<u128> = populations
            .iter()
            .zip(&full)
            .map(|(&p, &f)| if f { 0 } else { u128::from(p) })
            .collect();
        let Ok(parts) = largest_remainder(u128::from(left), &weights) else {
            break;
        };
        let mut over = false;
        for (i, part) in parts.iter().enumerate() {
            let cap = capacity.get(i).copied().unwrap_or(0);
            let part = u32::try_from(*part).unwrap_or(u32::MAX);
            // Only a region over its members is held; one that just fills them takes part again.
            if !full.get(i).copied().unwrap_or(true) && part > cap {
                over = true;
                if let (Some(g), Some(f)) = (given.get_mut(i), full.get_mut(i)) {
                    *g = cap;
                    *f = true;
                }
                left -= cap;
            }
        }
        if !over {
            for (i, part) in parts.iter().enumerate() {
                if !full.get(i).copied().unwrap_or(true) {
                    if let Some(g) = given.get_mut(i) {
                        *g = u32::try_from(*part).unwrap_or(0);
                    }
                }
            }
            return given;
        }
    }
    given
}

/// D'Hondt: each seat to the region with the highest population ÷ (seats + 1) that has room left;
/// on equal quotients the region first in ISO order.
fn dhondt(seats: u32, populations: &[u64], capacity: &[u32]) -> Vec<u32> {
    let mut given: Vec<u32> = vec![0; populations.len()];
    for _ in 0..seats {
        let mut best: Option<usize> = None;
        for (i, &population) in populations.iter().enumerate() {
            let (has, cap) = (
                given.get(i).copied().unwrap_or(0),
                capacity.get(i).copied().unwrap_or(0),
            );
            if has >= cap || population == 0 {
                continue;
            }
            let better = match best {
                None => true,
                Some(b) => {
                    // population ÷ (has + 1) > b's population ÷ (b's seats + 1), cross-multiplied:
                    // strictly greater, so an equal quotient leaves the earlier region in front.
                    let b_divisor = u128::from(given.get(b).copied().unwrap_or(0) + 1);
                    let b_population = u128::from(populations.get(b).copied().unwrap_or(0));
                    u128::from(population) * b_divisor > b_population * u128::from(has + 1)
                }
            };
            if better {
                best = Some(i);
            }
        }
        match best.and_then(|b| given.get_mut(b)) {
            Some(seat) => *seat += 1,
            None => break,
        }
    }
    given
}
