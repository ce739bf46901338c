//! `cargo bench --bench charts`: how long each chart takes to render natively (SVG string,
//! plotters through the app's SVG backend), as the median and 95th percentile of many runs. Prints figures; checks
//! no budget (budgets live in `make bench`).

use hsi_infographic::charts::chart;
use hsi_infographic::content::article;
use hsi_infographic::ids::{ChartIds, Scope};
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 2_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let a = article();
    println!("chart rendering, native, {RUNS} runs each");
    for id in &a.key_figures {
        let figure = a.figure(id).expect("key figures exist");
        let ids = ChartIds::new(figure, Scope::Page);
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(chart(&a.labels, black_box(figure), &ids));
                start.elapsed()
            })
            .collect();
        times.sort();
        let bytes = chart(&a.labels, figure, &ids).svg.len();
        println!(
            "  {id:<10} median {:>7.1} µs   p95 {:>7.1} µs   {bytes:>6} bytes of SVG",
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.95).as_secs_f64() * 1e6,
        );
    }
}
