//! The console's pacing: the target duration a presenter types (and the console keeps in
//! storage), and how the talk keeps to it. Pure rules, so a stored value from another version,
//! another app or a slip of the finger is judged here and never reaches the view unread.

/// The longest talk the target takes, in minutes (ten hours): more is a slip of the finger.
pub const MAX_MINUTES: u32 = 600;

/// A target duration in whole minutes, from the field or from storage: 1 to [`MAX_MINUTES`];
/// anything else (empty, negative, fractional, huge, not a number) is no target.
pub fn target_minutes(text: &str) -> Option<u32> {
    let text = text.trim();
    // `parse` alone takes a leading `+`; a stored value is only ever plain digits.
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|m| (1..=MAX_MINUTES).contains(m))
}

/// How long a talk's time is kept with no console showing it: a console reloaded, or closed and
/// opened again, within this goes on with the talk's time; after it, a new talk starts at 0:00.
pub const TIMER_GRACE: u64 = 15 * 60;

/// The console's timer as saved: when it started and when a console last showed it, in whole
/// seconds since the epoch, written `start:seen`.
pub fn timer_saved(start: u64, seen: u64) -> String {
    format!("{start}:{seen}")
}

/// When the console's timer started, from what is saved (`timer_saved`), if a console showed it
/// within [`TIMER_GRACE`] of `now`: the talk under way. Anything else (unreadable, in the future,
/// a talk longer than [`MAX_MINUTES`], or one left for longer, as a rehearsal before the talk is)
/// is none: the timer starts anew.
pub fn timer_start(saved: &str, now: u64) -> Option<u64> {
    let (start, seen) = saved.trim().split_once(':')?;
    let number = |text: &str| {
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u64>().ok())
            .flatten()
    };
    let (start, seen) = (number(start)?, number(seen)?);
    (start <= seen
        && seen <= now
        && now - seen <= TIMER_GRACE
        && seen - start <= u64::from(MAX_MINUTES) * 60)
        .then_some(start)
}

/// A talk's elapsed time as the console shows it: `m:ss`, and `h:mm:ss` from an hour.
pub fn elapsed(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// How the talk keeps to its target, and by how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    On,
    /// Slides ahead of where the time says the talk should be (at least 1).
    Ahead(usize),
    /// Slides behind it (at least 1).
    Behind(usize),
    /// Past the target: by how many minutes, to the nearest (at least 1: a few seconds over is
    /// over). Counted as begun, 5:01 over said "6 min".
    Over(u64),
}

/// Where the talk should be after `seconds` of a `minutes` talk of `count` slides, against slide
/// `index` (0-based) where it is: the slides done (`index`) against those the time has used up;
/// within a slide either way is on pace. Past the target, it is over time, wherever it is.
pub fn pace(seconds: u64, minutes: u32, index: usize, count: usize) -> Pace {
    let target = u64::from(minutes) * 60;
    if seconds > target {
        let over = seconds - target;
        return Pace::Over((over / 60 + u64::from(over % 60 >= 30)).max(1));
    }
    let due = seconds as f64 / target as f64 * count as f64;
    let done = index as f64;
    if done > due + 1.0 {
        Pace::Ahead((done - due).round() as usize)
    } else if done < due - 1.0 {
        Pace::Behind((due - done).round() as usize)
    } else {
        Pace::On
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn elapsed_time_reads_as_a_clock_does() {
        assert_eq!(super::elapsed(0), "0:00");
        assert_eq!(super::elapsed(65), "1:05");
        assert_eq!(super::elapsed(3599), "59:59");
        assert_eq!(super::elapsed(3600), "1:00:00");
        assert_eq!(super::elapsed(7201), "2:00:01");
    }

    use super::*;

    #[test]
    fn a_saved_timer_start_is_kept_only_for_the_talk_under_way() {
        let now = 1_800_000_000;
        let saved = |start: u64, seen: u64| timer_saved(start, seen);
        assert_eq!(
            timer_start(&saved(now - 300, now - 2), now),
            Some(now - 300)
        );
        assert_eq!(timer_start(&saved(now, now), now), Some(now));
        assert_eq!(
            timer_start(&saved(now - 3600, now - TIMER_GRACE), now),
            Some(now - 3600),
            "a console gone for the grace period, no longer"
        );
        let ten_hours = u64::from(MAX_MINUTES) * 60;
        assert_eq!(
            timer_start(&saved(now - ten_hours, now), now),
            Some(now - ten_hours)
        );
        for junk in [
            saved(now - 3600, now - TIMER_GRACE - 1),
            saved(now - ten_hours - 1, now),
            saved(now - 10, now + 1),
            saved(now - 10, now - 20),
            "".into(),
            "1799999000".into(),
            ":".into(),
            "1799999000:".into(),
            "-5:1800000000".into(),
            "+1799999000:1800000000".into(),
            "1799999000.5:1800000000".into(),
            "1e9:1800000000".into(),
            "tomorrow:today".into(),
            "99999999999999999999999:1800000000".into(),
        ] {
            assert_eq!(timer_start(&junk, now), None, "{junk}");
        }
    }

    #[test]
    fn a_target_is_whole_minutes_in_range_and_anything_else_is_none() {
        assert_eq!(target_minutes("20"), Some(20));
        assert_eq!(target_minutes(" 45 "), Some(45));
        assert_eq!(target_minutes("600"), Some(600));
        for junk in [
            "",
            "0",
            "601",
            "-5",
            "+5",
            "2.5",
            "1e3",
            "twenty",
            "null",
            "{\"minutes\":20}",
            "99999999999999999999",
            "٣٠",
        ] {
            assert_eq!(target_minutes(junk), None, "{junk}");
        }
        assert_eq!(target_minutes(&"9".repeat(100_000)), None);
    }

    #[test]
    fn the_pace_compares_the_slide_with_where_the_time_says_it_should_be() {
        // A 10-minute talk of 20 slides: at 5 minutes, 10 slides are done, the 11th shown.
        assert_eq!(pace(300, 10, 10, 20), Pace::On);
        assert_eq!(pace(300, 10, 14, 20), Pace::Ahead(4));
        assert_eq!(pace(300, 10, 4, 20), Pace::Behind(6));
        // At the start, the first slide or the second is on pace; the last slide at the end.
        assert_eq!(pace(0, 10, 0, 20), Pace::On);
        assert_eq!(pace(0, 10, 1, 20), Pace::On);
        assert_eq!(pace(0, 10, 2, 20), Pace::Ahead(2));
        // By the nearest whole slide: a second in, the third slide is still 2 ahead.
        assert_eq!(pace(1, 20, 2, 27), Pace::Ahead(2));
        assert_eq!(pace(300, 10, 8, 20), Pace::Behind(2));
        assert_eq!(pace(600, 10, 19, 20), Pace::On);
        // Past the target, by the nearest minute and at least one, wherever the talk is.
        assert_eq!(pace(601, 10, 19, 20), Pace::Over(1));
        assert_eq!(pace(600 + 61, 10, 3, 20), Pace::Over(1));
        assert_eq!(pace(600 + 89, 10, 3, 20), Pace::Over(1));
        assert_eq!(pace(600 + 90, 10, 3, 20), Pace::Over(2));
        assert_eq!(pace(600 + 301, 5, 3, 20), Pace::Over(10));
        assert_eq!(
            pace(u64::MAX, 600, 0, 1),
            Pace::Over((u64::MAX - 36_000) / 60)
        );
    }
}
