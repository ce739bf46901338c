//! One figure as a chart (or, at the reader's choice, a table), with its key, its exact value on
//! hover and focus, derived values with their formulas, its source, and downloads.

use super::amount::{Place, amount};
use super::derived_list::derived_list;
use super::icon::{Glyph, glyph_icon};
use super::rich_text::{Voice, plain};
use super::share::{Shared, share_button};
use super::source_links::source_links;
use super::stat_tile::category_class;
use crate::browser;
use crate::charts::{self, Chart};
use crate::content::{Article, Figure, Static, template::fill};
use crate::derived::{Derived, derived};
use crate::embed;
use crate::export::{self, image};
use crate::figures::{self, Amount};
use crate::hooks::use_linked_chart_view;
use crate::ids::{self, ChartIds, ChartPart, Scope};
use crate::route::LinkTarget;
use yew::prelude::*;

thread_local! {
    /// The charts the reader has turned into tables, by figure id, for the page's life: present
    /// mode takes the page's markup away and draws it anew on the way back, where a chart comes
    /// back as the reader left it, as the cards do (the App keeps those).
    static SHOWN_AS_TABLE: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the reader left the chart of `figure` as its table.
pub fn shown_as_table(figure: &str) -> bool {
    SHOWN_AS_TABLE.with_borrow(|shown| shown.contains(&figure))
}

/// Notes how the chart of `figure` is shown.
fn remember_view(figure: &'static str, table: bool) {
    SHOWN_AS_TABLE.with_borrow_mut(|shown| {
        shown.retain(|f| *f != figure);
        if table {
            shown.push(figure);
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub article: Static<Article>,
    pub figure: Static<Figure>,
    /// In an embedded view: no Share control (the view has no page of its own to link), and the
    /// exports name the full infographic's address.
    #[prop_or(false)]
    pub embedded: bool,
    /// The heading's level: 3 inside a card, 2 in an embedded view.
    #[prop_or(3)]
    pub level: u8,
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let (article, figure) = (props.article.get(), props.figure.get());
    let labels = &article.labels;
    let words = &labels.chart;
    let ids = ChartIds::new(figure, Scope::Page);
    let chart = use_memo(ids.clone(), |ids| charts::chart(labels, figure, ids));
    let show_table = use_state_eq(|| shown_as_table(&figure.id));
    // The reader's choice, noted as it is made (an effect could come after a key that leaves the
    // page), and shown.
    let choose = {
        let show_table = show_table.clone();
        move |table: bool| {
            remember_view(&figure.id, table);
            show_table.set(table);
        }
    };
    // A link to the chart (`#chart-narcotics`) or to its table (`#chart-narcotics-table`) shows
    // it that way; the reader's choice then stands until the next link.
    let linked = use_linked_chart_view(article, &figure.id);
    {
        let choose = choose.clone();
        use_effect_with(linked, move |linked| {
            if let Some(link) = *linked {
                choose(link.table);
            }
        });
    }
    let latest = figure.latest();
    let headline = Amount::new(labels, figure, latest, true);
    let exact = Amount::exact(labels, figure, latest, false).to_string();
    let period = figures::period_suffix(labels, figure);
    let stem = export::file_stem(labels, figure);
    let embedded = props.embedded;

    // The button's choice; an address that names this chart follows it (in place), so that it
    // shows what the reader sees when it is copied or the page reloaded.
    let toggle_table = {
        let (shown, linked) = (*show_table, linked.is_some());
        Callback::from(move |_: MouseEvent| {
            choose(!shown);
            if linked {
                let target = LinkTarget::Chart {
                    figure: &figure.id,
                    table: !shown,
                };
                browser::write_hash(&target.hash(article), browser::Entry::Same);
            }
        })
    };
    let download_svg = {
        let (chart, ids, name) = (chart.clone(), ids.clone(), format!("{stem}.svg"));
        Callback::from(move |_: MouseEvent| {
            if let Some(image) = exported(article, figure, &chart, &ids, embedded) {
                browser::download_svg(&image, &name);
            }
        })
    };
    let download_png = {
        let (chart, ids, name) = (chart.clone(), ids.clone(), format!("{stem}.png"));
        Callback::from(move |_: MouseEvent| {
            if let Some(image) = exported(article, figure, &chart, &ids, embedded) {
                browser::download_png(&image, &name, 2.0);
            }
        })
    };
    let download_csv = {
        let name = format!("{stem}.csv");
        Callback::from(move |_: MouseEvent| {
            browser::download_text(&export::csv(article, figure), export::CSV_TYPE, &name)
        })
    };

    let derived = derived(labels, figure);
    // For the download buttons' names: "Download the narcotics seized chart as SVG".
    let name = figure.label.to_ascii_lowercase();
    let download = |template: &str| fill(template, &[("name", &name)]);
    html! {
        // Focusable by script only, so a link to the chart can move focus to it.
        <figure class={classes!("chart", category_class(figure.category), show_table.then_some("chart--table"))} id={ids.root().to_owned()}
            aria-labelledby={ids.part(ChartPart::Heading)} tabindex="-1">
            <figcaption class="chart__caption">
                { heading(props.level, ids.part(ChartPart::Heading), html! { <>
                    { glyph_icon(Glyph::Category(figure.category), 20) }
                    <span>
                        { figure.label.as_str() }
                        if !period.is_empty() { <span class="chart__period">{ period.clone() }</span> }
                    </span>
                </> }) }
                { amount(&headline, Place::Chart) }
            </figcaption>
            if *show_table {
                { data_table(article, figure, &derived, &ids) }
            }
            // The chart stays in the page while its table is shown, out of sight and out of the
            // tab order, so the SVG and PNG downloads draw it in either view. Tab to it, and a
            // screen reader says its title, its value in full and its source.
            <div class="chart__plot" tabindex="0" role="group" aria-labelledby={ids.part(ChartPart::Title)}
                aria-describedby={format!("{} {}", ids.part(ChartPart::Exact), ids.part(ChartPart::Source))}
                hidden={*show_table}>
                { Html::from_html_unchecked(chart.svg.clone().into()) }
                <p class={ids::CHART_EXACT_CLASS} id={ids.part(ChartPart::Exact)}>
                    { fill(&words.exact, &[("amount", &exact), ("period", &period)]) }
                </p>
            </div>
            // The article's sentence, and what the icons stand for (not on screen beside the
            // table, which gives the derived values too: `chart--table`).
            <p class="chart__key">
                if let Some(statement) = article.statement(&figure.id) {
                    <span class="chart__statement">{ format!("{}. ", plain(article, statement, Voice::Article)) }</span>
                }
                <span class="chart__icons">{ chart.description.as_str() }</span>
            </p>
            { derived_list(labels, &derived, Place::Chart) }
            // On the page, its section and references are links to their cards, as on the tiles.
            <p class="chart__source" id={ids.part(ChartPart::Source)}>
                if embedded { { figures::source_line(article, figure) } } else { { source_links(article, figure) } }
            </p>
            <div class="chart__actions needs-js">
                // An action named for what it shows next ("Show chart"), not a toggle button: a
                // pressed state beside a name that changes would say the opposite of the view.
                <button type="button" class="button button--small"
                    aria-controls={ids.root().to_owned()} onclick={toggle_table}
                    aria-label={download(if *show_table { &words.show_chart_name } else { &words.show_table_name })}>
                    { if *show_table { words.show_chart.as_str() } else { words.show_table.as_str() } }
                </button>
                <button type="button" class="button button--small" onclick={download_svg}
                    aria-label={download(&words.download_svg)}>{ words.svg.as_str() }</button>
                <button type="button" class="button button--small" onclick={download_png}
                    aria-label={download(&words.download_png)}>{ words.png.as_str() }</button>
                <button type="button" class="button button--small" onclick={download_csv}
                    aria-label={download(&words.download_csv)}>{ words.csv.as_str() }</button>
                if !props.embedded {
                    { share_button(article, Shared::Chart { figure: &figure.id, table: *show_table }) }
                }
            </div>
        </figure>
    }
}

/// The chart's heading, at its level.
fn heading(level: u8, id: String, content: Html) -> Html {
    match level {
        2 => html! { <h2 class="chart__title" {id}>{ content }</h2> },
        _ => html! { <h3 class="chart__title" {id}>{ content }</h3> },
    }
}

/// The chart as a file of its own (SVG, and the PNG drawn from it), as the reader sees it, with
/// its title, value, source and its address: the infographic's (`browser::public_address`), with
/// the chart's own fragment.
fn exported(
    article: &'static Article,
    figure: &'static Figure,
    chart: &Chart,
    ids: &ChartIds,
    embedded: bool,
) -> Option<image::Image> {
    let (markup, palette) = browser::drawn_chart(&ids.part(ChartPart::Svg), ids.root())?;
    // From an embedded view, the site's root: the address the infographic is shared at, as a
    // link copied from its page gives it (its folder: the embed code assumes the host serves a
    // folder's index, as the embeds are loaded that way).
    let page = if embedded { embed::SITE_ROOT } else { "" };
    let address = format!("{}#{}", browser::public_address(page), ids.root());
    let texts = image::Texts::new(article, figure, chart, &address);
    image::standalone(&markup, &texts, &palette)
}

/// The chart's data as a table: every stated value with its qualifier, unit and source, then
/// every derived value with its formula.
fn data_table(
    article: &'static Article,
    figure: &Figure,
    derived: &[Derived],
    ids: &ChartIds,
) -> Html {
    let source = figures::source_text(article, figure);
    let labels = &article.labels;
    let (words, kinds) = (&labels.chart, &labels.figures);
    html! {
        // Focusable, so a keyboard can scroll the table where it is wider than the chart.
        <div class="chart__table-wrap" tabindex="0" role="region" aria-labelledby={ids.part(ChartPart::Caption)}>
            <table class="chart__table" id={ids.part(ChartPart::Table)}>
                <caption id={ids.part(ChartPart::Caption)}>{ fill(&words.caption, &[("label", &figure.label)]) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.measure_column.as_str() }</th>
                        <th scope="col">{ words.value_column.as_str() }</th>
                        <th scope="col">{ words.kind_column.as_str() }</th>
                        <th scope="col">{ words.source_column.as_str() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for figure.observations.iter().map(|o| html! {
                        <tr>
                            <th scope="row">{ figures::with_period(&figure.label, labels, o) }</th>
                            <td>{ Amount::exact(labels, figure, o, false).to_string() }</td>
                            <td>{ kinds.stated.as_str() }</td>
                            <td>{ source.as_str() }</td>
                        </tr>
                    }) }
                    { for derived.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{ d.label.as_str() }</th>
                            <td>{ d.text.as_str() }</td>
                            <td>{ kinds.derived.as_str() }</td>
                            <td>{ d.formula.as_str() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
