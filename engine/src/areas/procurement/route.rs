//! The procurement route the value implies, with the reasons that lead to it.
//!
//! At or above the threshold: an EU tender (udbudsloven). Below it, by §§ 191–192 and the
//! collaboration's working limits from the 2025 slides (editable, not statute): with a clear
//! cross-border interest and a value above the announcement limit, an announcement on udbud.dk;
//! otherwise above the market-terms limit, market terms (two offers, or an announcement on the
//! collaboration's site); else direct award under administrative law. "Above" is strictly above, as
//! the slides say ("overstiger"); the threshold itself is reached at equality.

use super::section::Procurement;
use super::thresholds::ThresholdRow;
use crate::areas::procurement::report::{Route, RouteReason, RouteReport, ValueReport};
use crate::common::money::Money;

/// The route for `value` under `threshold` and the procurement's answers and limits.
pub(crate) fn route(
    procurement: &Procurement,
    value: &ValueReport,
    threshold: &ThresholdRow,
) -> RouteReport {
    let (value, limit) = (value.total, threshold.amount());
    let rules = procurement.working_rules;
    let above = |limit: Money| value.kroner() > limit.kroner();
    let mut reasons = Vec::with_capacity(4);
    if value.kroner() >= limit.kroner() {
        reasons.push(RouteReason::AtOrAboveThreshold {
            value,
            threshold: limit,
        });
        return RouteReport {
            route: Route::EuTender,
            reasons,
        };
    }
    reasons.push(RouteReason::BelowThreshold {
        value,
        threshold: limit,
    });
    if procurement.cross_border_interest {
        reasons.push(RouteReason::CrossBorderInterest);
        // As every amount of the report, with its two decimals whatever was typed ("500000").
        let limit = rules.announce_above.round_to_ore();
        if above(limit) {
            reasons.push(RouteReason::AboveAnnouncementLimit { limit });
            return RouteReport {
                route: Route::AnnounceOnUdbudDk,
                reasons,
            };
        }
        reasons.push(RouteReason::NotAboveAnnouncementLimit { limit });
    } else {
        reasons.push(RouteReason::NoCrossBorderInterest);
    }
    let limit = rules.market_terms_above.round_to_ore();
    if above(limit) {
        reasons.push(RouteReason::AboveMarketTermsLimit { limit });
        RouteReport {
            route: Route::MarketTerms,
            reasons,
        }
    } else {
        reasons.push(RouteReason::NotAboveMarketTermsLimit { limit });
        RouteReport {
            route: Route::DirectAward,
            reasons,
        }
    }
}
