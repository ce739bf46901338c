//! Numbers written out with integer arithmetic. Rust's own float formatting (`{}` or `{:.N}` on an
//! `f64`: Grisu and Dragon, with their tables) put 9,000 B of brotli into the app's wasm (measured),
//! and every number the article and the app write has a handful of decimals at most, which a `u64`
//! carries exactly. So no `f64` is formatted anywhere in the wasm: not in the app's figures, nor
//! in this crate's own messages, nor in its charts, which plotters draws through a backend of the
//! app's own (`charts::backend`: plotters' SVG backend writes each shape's opacity as an `f64`).

/// The most decimals these functions write.
const MAX_PLACES: usize = 9;

/// `value` with `places` decimals (at most 9), rounded to the nearest, half to even, as `{:.N}`
/// writes it: `fixed(7.1233, 2)` is "7.12", `fixed(635.0, 0)` is "635". The digits are exact while
/// `value × 10^places` stays below 2⁶⁴ (1.8 × 10¹⁹: any figure the data allows, below 10¹⁵, at two
/// places); past that, with fewer places, down to none; from 2⁶⁴ on, which no count reaches, it
/// writes that bound: ">18446744073709551615".
pub fn fixed(value: f64, places: usize) -> String {
    write(value, places.min(MAX_PLACES), false)
}

/// `value` rounded to at most `places` decimals (at most 9), without trailing zeros: `trimmed(1.4,
/// 6)` is "1.4", `trimmed(522.0, 6)` is "522", `trimmed(3835.616438356, 3)` is "3835.616". For the
/// round numbers the app writes this is Rust's shortest form (`1.4.to_string()`), but not always:
/// `trimmed(82902693.73, 9)` is "82902693.730000004", the float's value to nine places. Large
/// values as `fixed`.
pub fn trimmed(value: f64, places: usize) -> String {
    write(value, places.min(MAX_PLACES), true)
}

/// The largest power of ten at or below a finite `value` from 10⁻³⁰⁰ up, and its exponent:
/// `(100.0, 2)` for 635, `(0.1, -1)` for 0.5; `(1.0, 0)` for anything else. Found by multiplying by
/// ten, which is exact for the exponents a count can have, so the wasm needs neither `log10` nor
/// `pow`.
pub fn power_of_ten_below(value: f64) -> (f64, i32) {
    if !(value.is_finite() && value >= 1e-300) {
        return (1.0, 0);
    }
    let (mut power, mut exponent) = (1.0, 0);
    if value >= 1.0 {
        while power * 10.0 <= value {
            power *= 10.0;
            exponent += 1;
        }
    } else {
        let mut inverse = 1.0;
        while value * inverse < 1.0 {
            inverse *= 10.0;
            exponent -= 1;
        }
        power = 1.0 / inverse;
    }
    (power, exponent)
}

fn write(value: f64, places: usize, trim: bool) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    // Fewer places for a value too large for them (see `fixed`).
    let mut places = places;
    let (scaled, scale) = loop {
        let scale = 10u64.pow(places as u32);
        match scaled_exactly(value.abs(), scale) {
            Some(scaled) => break (scaled, scale),
            None if places > 0 => places -= 1,
            None => return format!("{sign}>{}", u64::MAX),
        }
    };
    let (whole, mut fraction) = (scaled / scale, scaled % scale);
    if trim {
        while places > 0 && fraction % 10 == 0 {
            fraction /= 10;
            places -= 1;
        }
    }
    let mut out = format!("{sign}{whole}");
    if places > 0 {
        let digits = fraction.to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', places - digits.len()));
        out.push_str(&digits);
    }
    out
}

/// `value × scale` rounded to the nearest integer, half to even, computed from the float's exact
/// binary value (`m × 2^e`, with `m` below 2⁵³) in 128-bit integers: the product is never rounded
/// on the way, so a value just above a half (0.005 is 0.005000000000000000104…) rounds up, as
/// `{:.N}` rounds it. `None` if the result does not fit in a `u64`.
fn scaled_exactly(value: f64, scale: u64) -> Option<u64> {
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    };
    let product = u128::from(m) * u128::from(scale);
    let rounded = if e >= 0 {
        product.checked_shl(e as u32).filter(|p| p >> e == product)
    } else if e <= -128 {
        Some(0)
    } else {
        let shift = (-e) as u32;
        let (whole, rest) = (product >> shift, product & ((1 << shift) - 1));
        let half = 1u128 << (shift - 1);
        Some(whole + u128::from(rest > half || (rest == half && whole % 2 == 1)))
    };
    rounded.and_then(|r| u64::try_from(r).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rust's own formatting is the reference, natively, where its size does not matter.
    #[test]
    fn fixed_writes_what_rusts_formatting_writes() {
        let values = [
            0.0,
            0.004,
            0.005,
            0.015,
            0.5,
            1.0,
            1.4,
            1.43,
            2.5,
            3.5,
            7.123_287_671,
            9.995,
            52.2,
            99.95,
            635.029_318,
            1_000.0,
            3_835.616_438_356_164_5,
            66_000.0,
            1_400_000.0,
            1_430_136.986_301_369_8,
            522_000_000.0,
        ];
        for value in values {
            for places in 0..=6 {
                assert_eq!(
                    fixed(value, places),
                    format!("{value:.places$}"),
                    "{value} at {places}"
                );
                assert_eq!(
                    fixed(-value, places),
                    format!("{:.places$}", -value),
                    "-{value} at {places}"
                );
            }
        }
        let mut value = 0.000_123_4;
        while value < 1e9 {
            for places in [0, 1, 2, 3] {
                assert_eq!(
                    fixed(value, places),
                    format!("{value:.places$}"),
                    "{value} at {places}"
                );
            }
            value *= 1.618_033_988_7;
        }
    }

    #[test]
    fn trimmed_drops_trailing_zeros_and_matches_the_shortest_form_of_round_numbers() {
        assert_eq!(trimmed(1.4, 6), "1.4");
        assert_eq!(trimmed(1.43, 6), "1.43");
        assert_eq!(trimmed(522.0, 6), "522");
        assert_eq!(trimmed(0.453_592_37, 9), "0.45359237");
        assert_eq!(trimmed(1.0, 3), "1");
        assert_eq!(trimmed(0.0, 3), "0");
        assert_eq!(trimmed(3_835.616_438_356_164_5, 6), "3835.616438");
        for value in [0.5, 1.4, 1.43, 2.6, 52.2, 66.0, 522.0, 0.453_592_37, 7.12] {
            assert_eq!(trimmed(value, 9), value.to_string(), "{value}");
        }
    }

    #[test]
    fn the_power_of_ten_below_is_what_log10_finds() {
        let mut value = 1e-9;
        while value < 1e15 {
            let (power, exponent) = power_of_ten_below(value);
            assert_eq!(exponent, value.log10().floor() as i32, "{value}");
            assert_eq!(power, 10f64.powi(exponent), "{value}");
            value *= 1.324_717_957;
        }
        for exponent in -9..15 {
            let value = 10f64.powi(exponent);
            assert_eq!(
                power_of_ten_below(value),
                (value, exponent),
                "10^{exponent}"
            );
        }
        for odd in [
            0.0,
            -5.0,
            1e-301,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
        ] {
            assert_eq!(power_of_ten_below(odd), (1.0, 0), "{odd}");
        }
    }

    #[test]
    fn odd_values_are_written_as_rust_writes_them() {
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::INFINITY, 2), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
        assert_eq!(fixed(-0.0, 1), format!("{:.1}", -0.0_f64));
        assert_eq!(fixed(1.5, 20), "1.500000000", "places above nine are nine");
        assert_eq!(
            fixed(1e15, 2),
            format!("{:.2}", 1e15),
            "the largest figure, at two places"
        );
        assert_eq!(
            fixed(1e17, 6),
            format!("{:.2}", 1e17),
            "too large for six places: as many as fit"
        );
        assert_eq!(fixed(1e19, 3), format!("{:.0}", 1e19), "none fit");
        assert_eq!(
            trimmed(1e13 + 0.5, 9),
            "10000000000000.5",
            "fewer places, still exact"
        );
        assert_eq!(
            fixed(1e30, 2),
            ">18446744073709551615",
            "past 2^64: the bound, not wrong digits"
        );
        assert_eq!(fixed(-1e30, 0), "->18446744073709551615");
    }
}
